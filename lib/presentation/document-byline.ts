// How an article is described when its sidecar leaves something out, said the same way on the
// article page, the claim cards, the source list and the PNG cards.
import type { DocumentRef } from '@/lib/documents/types';
import { formatDay } from './day';

export const NO_PUBLISHER = 'publisher not given';
export const NO_DATE = 'date not given';

/** "President of Russia (en.kremlin.ru), 24 Jun 2022"; "publisher not given, date not given". */
export function documentByline(doc: Pick<DocumentRef, 'publisher' | 'published'>): string {
  return `${doc.publisher ?? NO_PUBLISHER}, ${doc.published ? formatDay(doc.published) : NO_DATE}`;
}
