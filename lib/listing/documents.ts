// The source documents as the API lists them: newest first (undated last), a page at a time.
import type { DocumentRef } from '@/lib/documents/types';
import { compareNewestFirst, dayOf, encodeCursor, indexAfter, type SortKey } from './cursor';

export interface ListedDocument extends DocumentRef {
  /** How many claims the extractor found in it. */
  claims: number;
}

export interface SortedDocument {
  document: ListedDocument;
  key: SortKey;
}

export function documentsNewestFirst(documents: Iterable<ListedDocument>): SortedDocument[] {
  return [...documents]
    .map((document) => ({ document, key: [dayOf(document.published), document.id, 0, document.id] as SortKey }))
    .sort((a, b) => compareNewestFirst(a.key, b.key));
}

export interface DocumentPage {
  documents: ListedDocument[];
  total: number;
  nextCursor: string | null;
}

export function pageDocuments(sorted: readonly SortedDocument[], options: { limit: number; after: SortKey | null }): DocumentPage {
  const start = options.after ? indexAfter(sorted, (d) => d.key, options.after) : 0;
  const page = sorted.slice(start, start + options.limit);
  const more = start + page.length < sorted.length;
  return { documents: page.map((d) => d.document), total: sorted.length, nextCursor: more && page.length ? encodeCursor(page[page.length - 1].key) : null };
}
