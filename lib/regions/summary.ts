// Builds what the map knows about each region from its claims: the status, how many claims of
// each kind there are, the few claims the status rests on, and the localities the claims name.
// Everything else about a region's claims is paged (lib/listing/claims.ts), never sent whole.
import type { Claim, ClaimKind } from '@/lib/claims/types';
import type { RegionBoundaryProps } from '@/lib/geo/boundaries';
import { countClaims, type ClaimCounts, type DatedClaim } from '@/lib/listing/claims';
import { deriveStatus, type PublishedOf, type RegionStatus } from './status';

export interface PlaceSummary {
  name: string;
  lon: number;
  lat: number;
  /** How many claims name it. */
  claims: number;
  /** The newest claim that names it: selecting the place opens that claim. */
  claim: string;
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

/** Documents in id order, then by position: the order deriveStatus breaks ties in. */
export function inDocumentOrder(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => (a.quote.document < b.quote.document ? -1 : a.quote.document > b.quote.document ? 1 : a.quote.start - b.quote.start));
}

/** The claim that sets the colour, then for each flag (claims, demands, advancing, …) the newest claim by each actor named. */
export function keyClaimsOf(status: RegionStatus, newest: readonly DatedClaim[]): Claim[] {
  const out: Claim[] = [];
  const control = status.control && newest.find((c) => c.claim.id === status.control!.claimId);
  if (control) out.push(control.claim);
  for (const [kind, flag] of FLAG_KINDS) {
    for (const actor of status[flag] as string[]) {
      const c = newest.find((x) => x.claim.kind === kind && x.claim.actor === actor);
      if (c && !out.includes(c.claim)) out.push(c.claim);
    }
  }
  return out.slice(0, MAX_KEY_CLAIMS);
}

/** The localities the claims name, with how many claims each and the newest one. */
export function placesOf(newest: readonly DatedClaim[]): PlaceSummary[] {
  const byName = new Map<string, PlaceSummary>();
  for (const { claim } of newest) {
    if (!claim.place) continue;
    const known = byName.get(claim.place.name);
    if (known) known.claims++;
    else byName.set(claim.place.name, { name: claim.place.name, lon: claim.place.lon, lat: claim.place.lat, claims: 1, claim: claim.id });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** One region's summary from all its claims (`newest`: the same claims, newest first). */
export function summariseRegion(boundary: RegionBoundaryProps, newest: readonly DatedClaim[], publishedOf: PublishedOf): RegionSummary {
  const claims = newest.map((c) => c.claim);
  const status = deriveStatus(inDocumentOrder(claims), publishedOf);
  return {
    iso: boundary.iso,
    slug: boundary.slug,
    name: boundary.name,
    areaKm2: boundary.areaKm2,
    label: boundary.label,
    status,
    counts: countClaims(claims),
    keyClaims: keyClaimsOf(status, newest),
    places: placesOf(newest),
  };
}

export function summariseNationwide(newest: readonly DatedClaim[]): NationwideSummary {
  return { counts: countClaims(newest.map((c) => c.claim)), keyClaims: newest.slice(0, 3).map((c) => c.claim) };
}
