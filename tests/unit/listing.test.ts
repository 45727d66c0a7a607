// Paging claims and documents: newest first (undated last), filters, and cursors that keep their
// place when the data changes between two pages.
import type { Claim } from '@/lib/claims/types';
import { testClaim } from '../support/claim';
import { countClaims, newestFirst, pageClaims, topSources } from '@/lib/listing/claims';
import { compareNewestFirst, decodeCursor, encodeCursor, type SortKey } from '@/lib/listing/cursor';
import { documentsNewestFirst, pageDocuments } from '@/lib/listing/documents';
import { sideOf } from '@/lib/listing/sides';

let n = 0;
function claim(document: string, over: Partial<Claim> = {}): Claim {
  n++;
  return testClaim({ id: `c-${String(n).padStart(16, '0')}`, quote: { document, start: n * 10, end: n * 10 + 5, text: 'words' }, ...over });
}

const published: Record<string, string | null> = { old: '2021-10-01', mid: '2022-03-01T10:00:00Z', new: '2022-06-01', undated: null };
const publishedOf = (id: string) => published[id] ?? null;

describe('newestFirst', () => {
  test('orders by date, latest first, undated last; within a document by position', () => {
    const claims = [claim('undated'), claim('old'), claim('new'), claim('mid'), claim('new')];
    const sorted = newestFirst(claims, publishedOf).map((c) => [c.claim.quote.document, c.key[0]]);
    expect(sorted).toEqual([
      ['new', '2022-06-01'],
      ['new', '2022-06-01'],
      ['mid', '2022-03-01'],
      ['old', '2021-10-01'],
      ['undated', null],
    ]);
  });

  test("a claim's own date (when the extractor gives one) wins over its document's", () => {
    const dated = { ...claim('old'), date: '2023-01-01' } as Claim;
    expect(newestFirst([claim('new'), dated], publishedOf)[0].claim).toBe(dated);
  });
});

describe('pageClaims', () => {
  const claims = newestFirst(
    [
      claim('new', { kind: 'advance', actor: 'Ukraine' }),
      claim('new'),
      claim('mid', { attribution: { source: 'Kremlin', speaker: 'Vladimir Putin', verb: 'said' } }),
      claim('old', { actor: 'Belarus', kind: 'threat' }),
      claim('undated'),
    ],
    publishedOf,
  );

  test('pages of two chain by cursor through every claim once, in order', () => {
    const ids: string[] = [];
    let after: SortKey | null = null;
    for (let i = 0; i < 10; i++) {
      const page = pageClaims(claims, { filter: {}, limit: 2, after });
      expect(page.total).toBe(5);
      ids.push(...page.claims.map((c) => c.id));
      if (!page.nextCursor) break;
      after = decodeCursor(page.nextCursor);
    }
    expect(ids).toEqual(claims.map((c) => c.claim.id));
  });

  test('the last page has no cursor, even when it is exactly full', () => {
    expect(pageClaims(claims, { filter: {}, limit: 5, after: null }).nextCursor).toBeNull();
    expect(pageClaims(claims, { filter: { side: 'ukraine' }, limit: 1, after: null }).nextCursor).toBeNull();
  });

  test.each([
    [{ kind: 'threat' as const }, ['old']],
    [{ side: 'other' as const }, ['old']],
    [{ side: 'russia' as const }, ['new', 'mid', 'undated']],
    [{ source: 'vladimir putin' }, ['mid']],
    [{ source: 'cnn', kind: 'control' as const }, ['new', 'undated']],
  ])('filters %j', (filter, documents) => {
    const page = pageClaims(claims, { filter, limit: 100, after: null });
    expect(page.claims.map((c) => c.quote.document)).toEqual(documents);
    expect(page.total).toBe(documents.length);
  });

  test('a cursor keeps its place when claims are added before and after it', () => {
    const first = pageClaims(claims, { filter: {}, limit: 2, after: null });
    // One new claim sorts before the cursor (first in the newest document), one after it.
    const grown = newestFirst([...claims.map((c) => c.claim), claim('new', { quote: { document: 'new', start: 0, end: 1, text: 'w' } }), claim('undated')], publishedOf);
    const rest = pageClaims(grown, { filter: {}, limit: 100, after: decodeCursor(first.nextCursor!) });
    const seen = [...first.claims, ...rest.claims].map((c) => c.id);
    expect(new Set(seen).size).toBe(seen.length);
    // Everything that was after the cursor still is; the new undated claim is too.
    expect(rest.claims.map((c) => c.quote.document)).toEqual(['mid', 'old', 'undated', 'undated']);
  });
});

describe('cursors', () => {
  test('round-trip, and anything else is refused', () => {
    const key: SortKey = ['2022-01-01', 'doc', 12, 'c-1'];
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
    for (const bad of ['', 'xyz', '%%%', encodeCursor(['yesterday', 'd', 1, 'c'] as unknown as SortKey), Buffer.from('[1,2]').toString('base64url'), 'a'.repeat(2000)]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });

  test('the order is total: equal keys only for the same item', () => {
    expect(compareNewestFirst(['2022-01-01', 'a', 1, 'x'], ['2022-01-01', 'a', 1, 'x'])).toBe(0);
    expect(compareNewestFirst(['2022-01-01', 'a', 1, 'x'], ['2022-01-01', 'a', 1, 'y'])).toBeLessThan(0);
    expect(compareNewestFirst([null, 'a', 1, 'x'], ['1900-01-01', 'z', 9, 'z'])).toBeGreaterThan(0);
  });
});

test('counts by kind and side, and the most-credited sources', () => {
  const claims = [claim('a'), claim('a', { actor: 'Ukraine', kind: 'advance' }), claim('a', { attribution: { source: 'ISW', speaker: null, verb: 'assessed' } })];
  expect(countClaims(claims)).toEqual({ total: 3, byKind: { control: 2, advance: 1 }, bySide: { russia: 2, ukraine: 1 } });
  expect(topSources(claims, 1)).toEqual([{ source: 'CNN', claims: 2 }]);
  expect(['Russia', 'Ukraine', 'Belarus'].map(sideOf)).toEqual(['russia', 'ukraine', 'other']);
});

test('documents page newest first, undated last', () => {
  const docs = documentsNewestFirst(
    ['old', 'undated', 'new'].map((id) => ({ id, title: id, publisher: null, published: published[id], url: null, claims: 0 })),
  );
  const first = pageDocuments(docs, { limit: 2, after: null });
  expect(first.documents.map((d) => d.id)).toEqual(['new', 'old']);
  const second = pageDocuments(docs, { limit: 2, after: decodeCursor(first.nextCursor!) });
  expect([second.documents.map((d) => d.id), second.nextCursor]).toEqual([['undated'], null]);
});
