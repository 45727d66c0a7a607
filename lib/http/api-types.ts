// The bodies of the list and lookup routes, shared by the route handlers and the client.
import type { Claim } from '@/lib/claims/types';
import type { DocumentRef } from '@/lib/documents/types';
import type { ListedDocument } from '@/lib/listing/documents';

export interface ClaimsPageBody {
  /** The region (or `ukraine` for claims about Ukraine as a whole). */
  region: { slug: string; iso: string | null; name: string };
  /** The day the list is as of: claims dated on or before it, then undated ones; null: all claims. */
  asOf: string | null;
  /** The filters applied, as understood: `side` the actor's side, `by` the side that says so. */
  filter: { side: string | null; by: string | null; kind: string | null; source: string | null };
  /** How many claims match the filters in all. */
  total: number;
  claims: Claim[];
  /** The documents this page's claims quote. */
  documents: DocumentRef[];
  /** Pass as ?cursor= for the next page; null on the last. */
  nextCursor: string | null;
  /** The sources credited most often in this region (all claims, not only this page), for a filter. */
  sources: { source: string; claims: number }[];
  /** The data version the page was read from. */
  version: string;
}

export interface DocumentsPageBody {
  total: number;
  documents: ListedDocument[];
  nextCursor: string | null;
  version: string;
}

export interface ClaimBody {
  claim: Claim;
  /** The region's slug, or null for a claim about Ukraine as a whole. */
  region: string | null;
  document: DocumentRef | null;
}
