// The client's addresses for a region's claim pages, so the panel, its first server-rendered page
// and the tests ask for the same URL (and SWR reuses what the page embedded).
import type { ClaimKind } from '@/lib/claims/types';
import type { Side } from '@/lib/listing/sides';

/** Claims a page in the panel when one list is shown; the server embeds the first page of a region with the page. */
export const PANEL_PAGE_SIZE = 15;
/** Claims a page in each side's group of the ledger, before "Show more". */
export const GROUP_PAGE_SIZE = 5;

export interface ClaimsFilter {
  kind?: ClaimKind;
  /** The side the claim is about (its actor). */
  side?: Side;
  /** The side that says so (its speaker or outlet, else the publisher). */
  by?: Side;
  source?: string;
  /** Claims known by this day (YYYY-MM-DD); unset: all of them. */
  asOf?: string | null;
}

export function claimsUrl(slug: string, filter: ClaimsFilter, cursor: string | null, limit = PANEL_PAGE_SIZE): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (filter.asOf) params.set('asOf', filter.asOf);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.side) params.set('side', filter.side);
  if (filter.by) params.set('by', filter.by);
  if (filter.source) params.set('source', filter.source);
  if (cursor) params.set('cursor', cursor);
  return `/api/regions/${encodeURIComponent(slug)}/claims?${params}`;
}

export function documentsUrl(cursor: string | null, limit = 20): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (cursor) params.set('cursor', cursor);
  return `/api/documents?${params}`;
}
