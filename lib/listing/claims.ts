// A region's claims as the API pages them: newest first, filtered by the side the claim is about,
// its kind or its source, a page at a time. Pure: the store sorts once per data version, each
// request only finds its place and reads forward.
import type { Claim, ClaimKind } from '@/lib/claims/types';
import { compareNewestFirst, dayOf, encodeCursor, indexAfter, type SortKey } from './cursor';
import { sideOf, type Side } from './sides';

/** When the claim was made: its own date when the extractor gives one, else its document's. */
export function claimDate(claim: Claim, publishedOf: (documentId: string) => string | null): string | null {
  return dayOf(claim.date ?? publishedOf(claim.quote.document));
}

export interface DatedClaim {
  claim: Claim;
  key: SortKey;
}

/** Claims with their sort keys, newest first. */
export function newestFirst(claims: readonly Claim[], publishedOf: (documentId: string) => string | null): DatedClaim[] {
  return claims
    .map((claim) => ({ claim, key: [claimDate(claim, publishedOf), claim.quote.document, claim.quote.start, claim.id] as SortKey }))
    .sort((a, b) => compareNewestFirst(a.key, b.key));
}

export interface ClaimFilter {
  /** The side the claim's actor is. */
  side?: Side;
  /** The side that says so; needs `speakerOf`. */
  by?: Side;
  kind?: ClaimKind;
  /** Who the text credits (attribution source or speaker), compared without regard to case. */
  source?: string;
  /** Only claims known by this day: dated on or before it, and undated ones (listed last). */
  asOf?: string | null;
}

/** The filter's context: the side that says each claim (from its attribution and its document's publisher). */
export type SpeakerOf = (claim: Claim) => Side;

function active(filter: ClaimFilter): boolean {
  return Boolean(filter.kind || filter.side || filter.by || filter.source || filter.asOf);
}

export function matches(claim: Claim, filter: ClaimFilter, speakerOf?: SpeakerOf, date?: string | null): boolean {
  if (filter.kind && claim.kind !== filter.kind) return false;
  if (filter.side && sideOf(claim.actor) !== filter.side) return false;
  if (filter.by && speakerOf && speakerOf(claim) !== filter.by) return false;
  if (filter.asOf && date !== undefined && date !== null && date > filter.asOf) return false;
  if (filter.source) {
    const wanted = filter.source.toLowerCase();
    if (claim.attribution.source.toLowerCase() !== wanted && claim.attribution.speaker?.toLowerCase() !== wanted) return false;
  }
  return true;
}

export interface ClaimPage {
  claims: Claim[];
  /** How many claims match the filter in all. */
  total: number;
  nextCursor: string | null;
}

export function pageClaims(
  sorted: readonly DatedClaim[],
  options: { filter: ClaimFilter; limit: number; after: SortKey | null; speakerOf?: SpeakerOf },
): ClaimPage {
  const { filter, limit, after, speakerOf } = options;
  const all = !active(filter);
  const ok = (c: DatedClaim) => all || matches(c.claim, filter, speakerOf, c.key[0]);
  let total = 0;
  if (all) total = sorted.length;
  else for (const c of sorted) if (ok(c)) total++;
  const out: DatedClaim[] = [];
  let i = after ? indexAfter(sorted, (c) => c.key, after) : 0;
  for (; i < sorted.length && out.length < limit; i++) if (ok(sorted[i])) out.push(sorted[i]);
  // Another page only when a matching claim is left after this one.
  let more = false;
  for (; i < sorted.length; i++) {
    if (ok(sorted[i])) {
      more = true;
      break;
    }
  }
  return { claims: out.map((c) => c.claim), total, nextCursor: more && out.length ? encodeCursor(out[out.length - 1].key) : null };
}

/** How many claims there are of each kind, about each side, and from each source (most first). */
export interface ClaimCounts {
  total: number;
  byKind: Partial<Record<ClaimKind, number>>;
  bySide: Partial<Record<Side, number>>;
}

export function countClaims(claims: readonly Claim[]): ClaimCounts {
  const counts: ClaimCounts = { total: claims.length, byKind: {}, bySide: {} };
  for (const c of claims) {
    counts.byKind[c.kind] = (counts.byKind[c.kind] ?? 0) + 1;
    const side = sideOf(c.actor);
    counts.bySide[side] = (counts.bySide[side] ?? 0) + 1;
  }
  return counts;
}

/** The sources credited with the claims, most claims first (ties by name), at most `limit`. */
export function topSources(claims: readonly Claim[], limit: number): { source: string; claims: number }[] {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.attribution.source, (counts.get(c.attribution.source) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([source, n]) => ({ source, claims: n }));
}
