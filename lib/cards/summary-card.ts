// Assembles a region's summary card for the server: one snapshot's regions (the page's data), the
// basemap context, the fonts, and an ETag taken from exactly what will be drawn, so a 304 can be
// answered without rendering.
import 'server-only';
import type { FeatureCollection } from 'geojson';
import type { ContextProps } from '@/lib/geo/boundaries';
import type { Polygonal } from '@/lib/geo/round';
import { collectionOf } from '@/lib/http/bodies';
import { publicOrigin } from '@/lib/site';
import { encode } from '@/lib/http/response';
import type { OblastSlug } from '@/lib/oblasts';
import type { Snapshot } from '@/lib/server/snapshot';
import { cardFonts, type CardFont } from './fonts';
import { overviewCardData, type OverviewCardData } from './overview-card-data';
import { regionCardData, type RegionCardData } from './region-card-data';
import type { CardSize } from './sizes';

/** Bump when the card's drawing changes, so caches holding the old image revalidate. */
export const CARD_LAYOUT_VERSION = 3;

export interface SummaryCard {
  data: RegionCardData;
  fonts: CardFont[];
  etag: string;
}

export interface OverviewCard {
  data: OverviewCardData;
  fonts: CardFont[];
  etag: string;
}

/** The site's public origin for a request: the one rule the pages and previews use too (lib/site.ts). */
export function siteOrigin(request: Request): string {
  return publicOrigin({ host: request.headers.get('host'), url: request.url });
}

/** The page URL as printed on a card (with the date it is as of, so it reopens the same view): https is implied, so it is left out. */
export function printedUrl(origin: string, slug: string, asOf: string | null = null): string {
  return `${origin}/regions/${slug}${asOf ? `?asOf=${asOf}` : ''}`.replace(/^https:\/\//, '');
}

function contextOf(snapshot: Snapshot): FeatureCollection<Polygonal, ContextProps> {
  return snapshot.boundaries.context;
}

export async function summaryCard(
  snapshot: Snapshot,
  slug: OblastSlug,
  size: CardSize,
  origin: string,
  options: { asOf?: string | null; now?: Date } = {},
): Promise<SummaryCard> {
  const { fonts, covers } = await cardFonts();
  const asOf = options.asOf ?? null;
  const data = regionCardData(
    { slug, regions: collectionOf(snapshot, 'medium', asOf).features, context: contextOf(snapshot), corpusCredits: snapshot.corpus.credits },
    { size, url: printedUrl(origin, slug, asOf), generated: (options.now ?? new Date()).toISOString().slice(0, 10), covers },
  );
  return { data, fonts, etag: encode({ v: CARD_LAYOUT_VERSION, data }).etag };
}

export async function overviewCard(snapshot: Snapshot, origin: string, now = new Date()): Promise<OverviewCard> {
  const { fonts, covers } = await cardFonts();
  const data = overviewCardData(
    { regions: collectionOf(snapshot, 'medium').features, context: contextOf(snapshot), corpusCredits: snapshot.corpus.credits },
    { url: new URL(origin).host, generated: now.toISOString().slice(0, 10), covers },
  );
  return { data, fonts, etag: encode({ v: CARD_LAYOUT_VERSION, data }).etag };
}
