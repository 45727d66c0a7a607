// Builds what the map knows about each region from its claims: the status, how many claims of
// each kind there are, the few claims the status rests on, and the localities the claims name.
// Everything else about a region's claims is paged (lib/listing/claims.ts), never sent whole.
import type { Claim, ClaimKind } from '@/lib/claims/types';
import type { RegionBoundaryProps } from '@/lib/geo/boundaries';
import { claimDate, countClaims, type ClaimCounts, type DatedClaim } from '@/lib/listing/claims';
import { speakerSide, type Side } from '@/lib/listing/sides';
import { deriveStatus, knownAsOf, type PublishedOf, type RegionStatus, type StatusContext } from './status';

/** What a locality is drawn as: the newest claims about it say one party took it, holds it, or the sides disagree (or fighting is reported near it). */
export type PlaceState = 'captured' | 'held' | 'contested';

export interface PlaceSummary {
  name: string;
  lon: number;
  lat: number;
  /** How many claims name it. */
  claims: number;
  /** The newest claim that names it: selecting the place opens that claim. */
  claim: string;
  state: PlaceState;
  /** Who took or holds it, by the newest claim. */
  actor: string;
  /** The newest claim's date (null when not given). */
  date: string | null;
}

export interface RegionSummary extends RegionBoundaryProps {
  status: RegionStatus;
  counts: ClaimCounts;
  /** The claims the status rests on: the control claim that sets the colour, then the newest claim behind each flag. */
  keyClaims: Claim[];
  places: PlaceSummary[];
}

export interface NationwideSummary {
  counts: ClaimCounts;
  /** The newest claims about Ukraine as a whole. */
  keyClaims: Claim[];
}

const FLAG_KINDS: [ClaimKind, keyof RegionStatus][] = [
  ['sovereignty-claim', 'claimedBy'],
  ['demand', 'demandedBy'],
  ['advance', 'advancing'],
  ['legal-status', 'legallyPartOf'],
  ['threat', 'threatenedBy'],
];
const MAX_KEY_CLAIMS = 10;

/** The claims that set the status (each side's standing control claim), then for each flag (claims, demands, advancing, …) the newest claim by each actor named. */
export function keyClaimsOf(status: RegionStatus, newest: readonly DatedClaim[]): Claim[] {
  const out: Claim[] = [];
  for (const s of status.sides) {
    const c = newest.find((x) => x.claim.id === s.claimId);
    if (c) out.push(c.claim);
  }
  for (const [kind, flag] of FLAG_KINDS) {
    for (const actor of status[flag] as string[]) {
      const c = newest.find((x) => x.claim.kind === kind && x.claim.actor === actor && knownAsOf(x.key[0], status.asOf));
      if (c && !out.includes(c.claim)) out.push(c.claim);
    }
  }
  return out.slice(0, MAX_KEY_CLAIMS);
}

/** What one claim says about a locality it names; null when it says nothing of who has it. */
function placeReading(claim: Claim): { state: PlaceState; actor: string } | null {
  if (claim.kind === 'control') return claim.extent === 'none' ? { state: 'contested', actor: claim.actor } : { state: 'held', actor: claim.actor };
  if (claim.kind === 'advance') return /capture/.test(claim.rule) ? { state: 'captured', actor: claim.actor } : { state: 'contested', actor: claim.actor };
  return null;
}

/**
 * The localities the claims known by `asOf` name, with how many claims each and the newest one,
 * drawn by their newest claims: each side's newest reading of who has it stands (as for regions);
 * when those name different parties the place is contested, else it is what the newest one says.
 */
export function placesOf(newest: readonly DatedClaim[], asOf: string | null, sideOf: (claim: Claim) => Side): PlaceSummary[] {
  const byName = new Map<string, PlaceSummary & { standing: Map<Side, string> }>();
  for (const { claim, key } of newest) {
    if (!claim.place || !knownAsOf(key[0], asOf)) continue;
    const reading = placeReading(claim);
    let place = byName.get(claim.place.name);
    if (!place) {
      place = { name: claim.place.name, lon: claim.place.lon, lat: claim.place.lat, claims: 0, claim: claim.id, state: reading?.state ?? 'contested', actor: reading?.actor ?? claim.actor, date: key[0], standing: new Map() };
      byName.set(claim.place.name, place);
    }
    place.claims++;
    if (!reading) continue;
    if (place.standing.size === 0 && place.claim !== claim.id) Object.assign(place, reading);
    const side = sideOf(claim);
    if (!place.standing.has(side)) place.standing.set(side, reading.actor);
  }
  return [...byName.values()]
    .map(({ standing, ...p }) => (new Set(standing.values()).size > 1 ? { ...p, state: 'contested' as const } : p))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The dates, sides and publication dates a status is read with, from the documents' metadata. */
export function statusContext(asOf: string | null, publishedOf: PublishedOf, publisherOf: (documentId: string) => string | null): StatusContext {
  return {
    asOf,
    dateOf: (claim) => claimDate(claim, publishedOf),
    publishedOf,
    sideOf: (claim) => speakerSide(claim.attribution, publisherOf(claim.quote.document)),
  };
}

/** One region's summary as of a date from all its claims (`newest`: the claims, newest first). */
export function summariseRegion(boundary: RegionBoundaryProps, newest: readonly DatedClaim[], ctx: StatusContext): RegionSummary {
  const known = ctx.asOf === null ? newest : newest.filter((c) => knownAsOf(c.key[0], ctx.asOf));
  const status = deriveStatus(newest.map((c) => c.claim), ctx);
  return {
    iso: boundary.iso,
    slug: boundary.slug,
    name: boundary.name,
    areaKm2: boundary.areaKm2,
    label: boundary.label,
    status,
    counts: countClaims(known.map((c) => c.claim)),
    keyClaims: keyClaimsOf(status, newest),
    places: placesOf(newest, ctx.asOf, ctx.sideOf),
  };
}

export function summariseNationwide(newest: readonly DatedClaim[], asOf: string | null): NationwideSummary {
  const known = asOf === null ? newest : newest.filter((c) => knownAsOf(c.key[0], asOf));
  return { counts: countClaims(known.map((c) => c.claim)), keyClaims: known.slice(0, 3).map((c) => c.claim) };
}
