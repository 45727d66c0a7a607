// Everything a region's summary card shows, worked out before drawing: the same derived status
// and sentence as the page, the key quotes trimmed to fit, the map projected into its box, the
// legend for what is drawn, and the credits. The card component only lays this out.
import type { FeatureCollection } from 'geojson';
import type { Claim } from '@/lib/claims/types';
import type { ContextProps } from '@/lib/geo/boundaries';
import { hatchSegments } from '@/lib/geo/hatch';
import { boundsOf, fitProjection, projectRings, ringsPath, segmentsPath, svgPath, type LonLatBounds } from '@/lib/geo/project';
import type { Polygonal } from '@/lib/geo/round';
import type { DocumentRef } from '@/lib/documents/types';
import { SIDE_NAMES } from '@/lib/listing/sides';
import { claimCreditLine } from '@/lib/presentation/claim-credit';
import { mapDataCredit } from '@/lib/presentation/credits';
import { asOfPhrase } from '@/lib/presentation/day';
import { documentByline } from '@/lib/presentation/document-byline';
import { legendEntries, type LegendEntry } from '@/lib/presentation/legend';
import { isHatched, PALETTE, PLACE_STYLE } from '@/lib/presentation/palette';
import type { RegionFeature } from '@/lib/presentation/region-view';
import { KIND_ORDER } from '@/lib/presentation/sentences';
import type { StatusKey } from '@/lib/regions/status';
import { fontSafeText, type Covers } from '@/lib/text/font-safe';
import { trimAtWord } from '@/lib/text/trim-words';
import { CARD_SIZES, MAX_QUOTES, type CardSize } from './sizes';

export interface CardQuote {
  text: string;
  /** Who says it and where it was published, as the panel's claim card gives them. */
  credit: string;
  /** For a claim the status stands on: which side's standing claim it is, and whether it sets the colour. */
  role: string | null;
}

export type CardLegendEntry = LegendEntry;

export interface CardShape {
  slug: string;
  name: string;
  d: string;
  fill: string;
  /** Stroked diagonal lines inside the shape when it is claimed or annexed; null otherwise. */
  hatch: string | null;
  /** The status's own pattern (the disputed stripes) as stroked lines, with their colour; null when it has none. */
  stripes: { d: string; colour: string } | null;
  selected: boolean;
  label: [number, number];
}

export interface CardPlace {
  name: string;
  fill: string;
  stroke: string;
  at: [number, number];
  /** Which side of the dot the name goes: away from the selected region's own label. */
  side: 'left' | 'right';
}

export interface CardMap {
  width: number;
  height: number;
  context: { d: string; kind: ContextProps['kind'] }[];
  shapes: CardShape[];
  places: CardPlace[];
}

export interface RegionCardData {
  size: CardSize;
  width: number;
  height: number;
  name: string;
  statusKey: StatusKey;
  statusLabel: string;
  fill: string;
  ink: string;
  /** The panel's sentence (each control statement in it dated). */
  sentence: string;
  /** "As reported up to 24 Jun 2022": the day the status is as of. */
  asOfLabel: string;
  quotes: CardQuote[];
  legend: CardLegendEntry[];
  map: CardMap;
  credits: string[];
  generated: string;
  url: string;
}

export interface RegionCardInput {
  slug: string;
  /** The four regions as the page has them (same key claims, same status). */
  regions: readonly RegionFeature[];
  context: FeatureCollection<Polygonal, ContextProps>;
  /** Attribution lines the articles' licences require (the corpus credits). */
  corpusCredits?: readonly string[];
}

export interface RegionCardOptions {
  size: CardSize;
  /** The page to link to, absolute. */
  url: string;
  /** yyyy-mm-dd. */
  generated: string;
  covers: Covers;
}

const MAP_PADDING = 14;
/** Distance between hatch lines, in pixels (the map's hatch is about as dense). */
export const HATCH_SPACING = 9;
const CREDIT_TITLE_CHARS = 70;

const capitalisedPhrase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const quoteKey = (c: Claim) => `${c.quote.document}:${c.quote.start}:${c.quote.end}`;

/**
 * Up to MAX_QUOTES different sentences: each side's standing control claim first (the one that
 * sets the colour leading), then the rest by kind as the panel orders them.
 */
function keyClaims(region: RegionFeature): Claim[] {
  const { keyClaims: claims, status } = region.properties;
  const standing = status.sides.map((s) => s.claimId);
  const rank = (c: Claim) => (standing.includes(c.id) ? standing.indexOf(c.id) - standing.length : KIND_ORDER.indexOf(c.kind));
  const ordered = [...claims].sort((a, b) => rank(a) - rank(b) || a.quote.document.localeCompare(b.quote.document) || a.quote.start - b.quote.start);
  const seen = new Set<string>();
  return ordered.filter((c) => !seen.has(quoteKey(c)) && seen.add(quoteKey(c))).slice(0, MAX_QUOTES);
}

function roleOf(claim: Claim, region: RegionFeature): string | null {
  const { status } = region.properties;
  const side = status.sides.find((s) => s.claimId === claim.id);
  if (!side) return null;
  const sets = side.claimId === status.control?.claimId && !status.disputed ? ' · sets the colour' : '';
  return `${SIDE_NAMES[side.side]} · newest control claim${status.disputed ? ' · disputed' : sets}`;
}

/** The articles the quotes come from (each once), the map's data, and the corpus licence. */
function creditsFor(quoted: readonly DocumentRef[], hasPlaces: boolean, corpus: readonly string[], safe: (s: string) => string): string[] {
  const articles = [
    ...new Set(quoted.map((d) => (d.publisher ? documentByline(d) : `“${trimAtWord(safe(d.title), CREDIT_TITLE_CHARS)}” (${documentByline(d)})`))),
  ];
  return [
    ...(articles.length ? [`Quoted ${articles.length === 1 ? 'article' : 'articles'}: ${articles.join('; ')}`] : []),
    mapDataCredit({ places: hasPlaces, compact: true }),
    ...corpus,
  ];
}

function padBounds([w, s, e, n]: LonLatBounds, fraction: number): LonLatBounds {
  const dx = (e - w) * fraction;
  const dy = (n - s) * fraction;
  return [w - dx, s - dy, e + dx, n + dy];
}

function overlaps(a: LonLatBounds, b: LonLatBounds): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function cardMap(input: RegionCardInput, region: RegionFeature, box: { width: number; height: number }): CardMap {
  const frame = padBounds(boundsOf(input.regions.map((f) => f.geometry)), 0.04);
  const project = fitProjection(frame, { ...box, padding: MAP_PADDING });
  const round = ([x, y]: [number, number]): [number, number] => [Math.round(x), Math.round(y)];
  const regionLabel = project(region.properties.label);
  const places = new Map<string, CardPlace>();
  for (const p of region.properties.places) {
    const at = round(project([p.lon, p.lat]));
    places.set(p.name, { name: p.name, fill: PLACE_STYLE[p.state].fill, stroke: PLACE_STYLE[p.state].stroke, at, side: at[0] < regionLabel[0] ? 'left' : 'right' });
  }
  return {
    width: box.width,
    height: box.height,
    context: input.context.features
      .filter((f) => overlaps(boundsOf([f.geometry]), frame))
      .map((f) => ({ d: svgPath(f.geometry, project), kind: f.properties.kind })),
    // The selected region last, so its outline is drawn over its neighbours'.
    shapes: [...input.regions]
      .sort((a, b) => Number(a === region) - Number(b === region))
      .map((f) => {
        const rings = projectRings(f.geometry, project);
        const hatch = isHatched(f.properties.status) ? hatchSegments(rings, HATCH_SPACING) : null;
        const pattern = PALETTE[f.properties.status.key].pattern;
        const stripes = pattern ? { d: segmentsPath(hatchSegments(rings, HATCH_SPACING, pattern.direction)), colour: pattern.colour } : null;
        return {
        slug: f.properties.slug,
        name: f.properties.name,
        d: ringsPath(rings),
        fill: PALETTE[f.properties.status.key].fill,
        hatch: hatch && segmentsPath(hatch),
        stripes,
        selected: f === region,
        label: round(project(f.properties.label)),
        };
      }),
    places: [...places.values()],
  };
}

function legendFor(map: CardMap, regions: readonly RegionFeature[], region: RegionFeature): CardLegendEntry[] {
  return legendEntries({
    present: new Set(regions.map((f) => f.properties.status.key)),
    hatch: map.shapes.some((s) => s.hatch),
    placeStates: new Set(region.properties.places.map((p) => p.state)),
  });
}

export function regionCardData(input: RegionCardInput, options: RegionCardOptions): RegionCardData {
  const region = input.regions.find((f) => f.properties.slug === input.slug);
  if (!region) throw new Error(`no region ${JSON.stringify(input.slug)} among ${input.regions.map((f) => f.properties.slug).join(', ')}`);
  const layout = CARD_SIZES[options.size];
  const safe = (s: string) => fontSafeText(s, options.covers);
  const p = region.properties;
  const docs = new Map(p.documents.map((d) => [d.id, d]));
  const map = cardMap(input, region, layout.map);
  const quoted = keyClaims(region);
  const dateOf = (c: Claim) => p.status.sides.find((x) => x.claimId === c.id)?.date ?? c.date ?? docs.get(c.quote.document)?.published ?? null;
  return {
    size: options.size,
    width: layout.width,
    height: layout.height,
    name: safe(p.name),
    statusKey: p.status.key,
    statusLabel: PALETTE[p.status.key].label,
    fill: PALETTE[p.status.key].fill,
    ink: PALETTE[p.status.key].ink,
    sentence: safe(p.status.sentence),
    asOfLabel: capitalisedPhrase(asOfPhrase(p.status.asOf)),
    quotes: quoted.map((c) => ({
      text: trimAtWord(safe(c.quote.text), layout.quoteChars),
      credit: safe(claimCreditLine(c, docs.get(c.quote.document), dateOf(c))),
      role: roleOf(c, region),
    })),
    legend: legendFor(map, input.regions, region),
    map: { ...map, places: map.places.map((pl) => ({ ...pl, name: safe(pl.name) })), shapes: map.shapes.map((s) => ({ ...s, name: safe(s.name) })) },
    credits: creditsFor(
      quoted.flatMap((c) => docs.get(c.quote.document) ?? []),
      map.places.length > 0,
      input.corpusCredits ?? [],
      safe,
    ).map(safe),
    generated: options.generated,
    url: safe(options.url),
  };
}
