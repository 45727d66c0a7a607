// The list routes' bodies from a snapshot: a page of a region's claims (with the documents they
// quote and the region's most-credited sources) and a page of the documents. Used by the route
// handlers and by the region page, which embeds the first page of its panel.
import 'server-only';
import type { ClaimsPageBody, DocumentsPageBody } from '@/lib/http/api-types';
import type { ClaimsQuery, PageQuery } from '@/lib/http/listing-params';
import { pageClaims, topSources } from '@/lib/listing/claims';
import { pageDocuments } from '@/lib/listing/documents';
import { oblastBySlug } from '@/lib/oblasts';
import { NATIONWIDE, type Snapshot } from './snapshot';

/** `key`: a region's slug, or NATIONWIDE. */
export function claimsPage(snapshot: Snapshot, key: string, query: ClaimsQuery): ClaimsPageBody {
  const { limit, after, side, by, kind, source } = query;
  const asOf = query.asOf ?? null;
  const sorted = snapshot.regionClaims.get(key) ?? [];
  const page = pageClaims(sorted, { filter: { side, by, kind, source, asOf }, limit, after, speakerOf: snapshot.speakerOf });
  const oblast = oblastBySlug(key);
  return {
    region: oblast ? { slug: oblast.slug, iso: oblast.iso, name: oblast.name } : { slug: NATIONWIDE, iso: null, name: 'Ukraine as a whole' },
    asOf,
    filter: { side: side ?? null, by: by ?? null, kind: kind ?? null, source: source ?? null },
    total: page.total,
    claims: page.claims,
    documents: [...new Set(page.claims.map((c) => c.quote.document))].flatMap((id) => snapshot.documents.get(id)?.ref ?? []),
    nextCursor: page.nextCursor,
    sources: snapshot.memo(`sources:${key}`, () => topSources(sorted.map((c) => c.claim), 12)),
    version: snapshot.version,
  };
}

export function documentsPage(snapshot: Snapshot, query: PageQuery): DocumentsPageBody {
  return { ...pageDocuments(snapshot.documentList, query), version: snapshot.version };
}
