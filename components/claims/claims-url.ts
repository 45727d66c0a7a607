// The client's addresses for a region's claim pages, so the panel, its first server-rendered page
// and the tests ask for the same URL (and SWR reuses what the page embedded).
import type { ClaimKind } from '@/lib/claims/types';
import type { Side } from '@/lib/listing/sides';

/** Claims a page in the panel; the server embeds the first page of a region with the page. */
export const PANEL_PAGE_SIZE = 15;

export interface ClaimsFilter {
  kind?: ClaimKind;
  side?: Side;
  source?: string;
}

export function claimsUrl(slug: string, filter: ClaimsFilter, cursor: string | null, limit = PANEL_PAGE_SIZE): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.side) params.set('side', filter.side);
  if (filter.source) params.set('source', filter.source);
  if (cursor) params.set('cursor', cursor);
  return `/api/regions/${encodeURIComponent(slug)}/claims?${params}`;
}

export function documentsUrl(cursor: string | null, limit = 20): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (cursor) params.set('cursor', cursor);
  return `/api/documents?${params}`;
}
