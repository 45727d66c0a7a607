// Opaque page cursors: the sort key of the last item a page returned, so the next page starts
// right after it even when the data changed in between (a new article adds claims before or after
// it; nothing is repeated or skipped that was already there). base64url JSON, checked on the way in.
import { z } from 'zod';

/** [date (YYYY-MM-DD) or null, document id, offset in the document, item id]. */
export type SortKey = [string | null, string, number, string];

const sortKey = z.tuple([z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(), z.string().max(300), z.number().int().nonnegative(), z.string().max(300)]);

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The key in a cursor, or null when it is not one this API made. */
export function decodeCursor(cursor: string): SortKey | null {
  if (cursor.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed = sortKey.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? (parsed.data as SortKey) : null;
  } catch {
    return null;
  }
}

/**
 * Newest first: later dates before earlier ones, undated last; then document id, position and id
 * ascending, so a document's claims read in order and the order is total.
 */
export function compareNewestFirst(a: SortKey, b: SortKey): number {
  if (a[0] !== b[0]) {
    if (a[0] === null) return 1;
    if (b[0] === null) return -1;
    return a[0] < b[0] ? 1 : -1;
  }
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  if (a[2] !== b[2]) return a[2] - b[2];
  return a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0;
}

/** Index of the first item in `sorted` (by `keyOf`, newest first) that comes after `after`. */
export function indexAfter<T>(sorted: readonly T[], keyOf: (item: T) => SortKey, after: SortKey): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareNewestFirst(keyOf(sorted[mid]), after) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A date as the sort uses it: the day of an ISO 8601 date or date-time, else null. */
export function dayOf(date: string | null | undefined): string | null {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
}
