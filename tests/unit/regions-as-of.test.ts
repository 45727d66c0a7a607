// What "as of a date" means beyond the status itself: the ?asOf= parameter, the side that says a
// claim, the timeline the time control draws, localities by their newest claims, the claims list
// filtered by date and by who says so, and the bounded memory of per-date results.
import type { Claim } from '@/lib/claims/types';
import { parseAsOf } from '@/lib/http/params';
import { parseClaimsQuery } from '@/lib/http/listing-params';
import { newestFirst, pageClaims } from '@/lib/listing/claims';
import { speakerSide } from '@/lib/listing/sides';
import { timelineOf } from '@/lib/listing/timeline';
import { placesOf } from '@/lib/regions/summary';
import { DATED_MEMO_LIMIT } from '@/lib/server/snapshot';
import { testClaim } from '../support/claim';
import { fixtureSnapshot } from '../support/snapshot';

const q = (s: string) => new URLSearchParams(s);

describe('?asOf=', () => {
  test('absent is the present', () => {
    expect(parseAsOf(q(''), '2026-12-02')).toEqual({ ok: true, value: null });
  });
  test('a past calendar day is kept', () => {
    expect(parseAsOf(q('asOf=2022-05-01'), '2026-12-02')).toEqual({ ok: true, value: '2022-05-01' });
  });
  test('today or a later day is the present, so both are one view', () => {
    expect(parseAsOf(q('asOf=2026-12-02'), '2026-12-02')).toEqual({ ok: true, value: null });
    expect(parseAsOf(q('asOf=2030-01-01'), '2026-12-02')).toEqual({ ok: true, value: null });
  });
  test.each(['2022-02-30', '2022-5-1', '01/05/2022', 'yesterday', '', '2022-05-01T00:00', '<b>'])('%j is refused, naming the value and the form expected', (v) => {
    const r = parseAsOf(q(`asOf=${encodeURIComponent(v)}`), '2026-12-02');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/expected YYYY-MM-DD/);
  });
  test('given twice, or before 1991, is refused', () => {
    expect(parseAsOf(q('asOf=2022-01-01&asOf=2022-02-01')).ok).toBe(false);
    expect(parseAsOf(q('asOf=1900-01-01')).ok).toBe(false);
  });
  test('the claims list reads it with its other parameters', () => {
    const r = parseClaimsQuery(q('asOf=2022-05-01&by=ukraine&kind=control'), '2026-12-02');
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ asOf: '2022-05-01', by: 'ukraine', kind: 'control' }) });
    expect(parseClaimsQuery(q('by=nato')).ok).toBe(false);
  });
});

describe('the side that says a claim', () => {
  const a = (source: string, speaker: string | null = null) => ({ source, speaker, verb: 'said' });
  test('a named party or official speaks for its side', () => {
    expect(speakerSide(a('the Kremlin'), null)).toBe('russia');
    expect(speakerSide(a('Kremlin', 'Vladimir Putin'), 'CNN')).toBe('russia');
    expect(speakerSide(a('Volodymyr Zelenskyy', 'Volodymyr Zelenskyy'), null)).toBe('ukraine');
    expect(speakerSide(a('Kyiv'), 'President of Russia (en.kremlin.ru)')).toBe('ukraine');
  });
  test('an uncredited statement or a bare role is the publisher’s', () => {
    expect(speakerSide(a('President of Ukraine (president.gov.ua)'), 'President of Ukraine (president.gov.ua)')).toBe('ukraine');
    expect(speakerSide(a('the Head of State'), 'President of Russia (en.kremlin.ru)')).toBe('russia');
  });
  test('an outlet, an international body or a person the text does not place is another source', () => {
    expect(speakerSide(a('CNN'), null)).toBe('other');
    expect(speakerSide(a('Aleksander Čeferin', 'Aleksander Čeferin'), 'President of Ukraine (president.gov.ua)')).toBe('other');
    expect(speakerSide(a('the article'), 'Example News')).toBe('other');
  });
});

test('the timeline counts documents by published day and claims by their own day, oldest first', () => {
  const t = timelineOf([
    { published: '2022-03-02', claims: ['2022-03-02', '2022-02-27'] },
    { published: '2022-03-01T10:00:00Z', claims: [] },
    { published: null, claims: [null] },
  ]);
  expect(t.first).toBe('2022-02-27');
  expect(t.last).toBe('2022-03-02');
  expect(t.days).toEqual([
    { date: '2022-02-27', documents: 0, claims: 1 },
    { date: '2022-03-01', documents: 1, claims: 0 },
    { date: '2022-03-02', documents: 1, claims: 1 },
  ]);
  expect(t.undated).toEqual({ documents: 1, claims: 1 });
  expect(timelineOf([])).toEqual({ first: null, last: null, days: [], undated: { documents: 0, claims: 0 } });
});

describe('localities by their newest claims', () => {
  const place = { name: 'Mariupol', lon: 37.5, lat: 47.1 };
  let n = 0;
  const c = (over: Partial<Claim>) => testClaim({ id: `p-${++n}`, place, quote: { document: 'd', start: n, end: n + 1, text: 'x' }, ...over });
  const sideOf = (claim: Claim) => (claim.attribution.source === 'Kyiv' ? 'ukraine' : claim.attribution.source === 'the Kremlin' ? 'russia' : 'other') as 'russia' | 'ukraine' | 'other';
  const places = (claims: Claim[], asOf: string | null = null) => placesOf(newestFirst(claims, () => null), asOf, sideOf);

  test('a capture is captured, a holding held, fighting near it contested', () => {
    expect(places([c({ kind: 'advance', rule: 'advance.capture', date: '2022-05-20' })])[0]).toEqual(expect.objectContaining({ state: 'captured', actor: 'Russia', date: '2022-05-20' }));
    expect(places([c({ kind: 'control', extent: 'part', date: '2022-05-20' })])[0].state).toBe('held');
    expect(places([c({ kind: 'advance', rule: 'advance.movement', date: '2022-05-20' })])[0].state).toBe('contested');
  });
  test('the newest claim decides, and the point opens it', () => {
    const old = c({ kind: 'advance', rule: 'advance.capture', date: '2022-05-20' });
    const newer = c({ kind: 'control', extent: 'part', date: '2022-06-01' });
    const [p] = places([old, newer]);
    expect([p.state, p.claim, p.claims]).toEqual(['held', newer.id, 2]);
  });
  test('two sides naming different holders make it contested', () => {
    const [p] = places([
      c({ kind: 'control', extent: 'part', date: '2022-06-01', attribution: { source: 'the Kremlin', speaker: null, verb: 'said' } }),
      c({ kind: 'control', actor: 'Ukraine', extent: 'part', date: '2022-06-02', attribution: { source: 'Kyiv', speaker: null, verb: 'said' } }),
    ]);
    expect(p.state).toBe('contested');
  });
  test('claims after asOf are not known yet', () => {
    expect(places([c({ kind: 'control', extent: 'part', date: '2022-06-01' })], '2022-05-31')).toEqual([]);
  });
});

describe('the claims list as of a date, and by who says so', () => {
  const claims = [
    testClaim({ id: 'a', date: '2022-06-01', attribution: { source: 'Kyiv', speaker: null, verb: 'said' }, quote: { document: 'd1', start: 0, end: 1, text: 'x' } }),
    testClaim({ id: 'b', date: '2022-04-01', attribution: { source: 'the Kremlin', speaker: null, verb: 'said' }, quote: { document: 'd2', start: 0, end: 1, text: 'x' } }),
    testClaim({ id: 'c', date: null, quote: { document: 'd3', start: 0, end: 1, text: 'x' } }),
  ];
  const sorted = newestFirst(claims, () => null);
  const speakerOf = (claim: Claim) => speakerSide(claim.attribution, null);
  test('asOf keeps claims dated up to the day, then the undated ones', () => {
    const page = pageClaims(sorted, { filter: { asOf: '2022-05-01' }, limit: 10, after: null, speakerOf });
    expect(page.claims.map((x) => x.id)).toEqual(['b', 'c']);
    expect(page.total).toBe(2);
  });
  test('by keeps the claims one side says', () => {
    expect(pageClaims(sorted, { filter: { by: 'russia' }, limit: 10, after: null, speakerOf }).claims.map((x) => x.id)).toEqual(['b']);
    expect(pageClaims(sorted, { filter: { by: 'other' }, limit: 10, after: null, speakerOf }).claims.map((x) => x.id)).toEqual(['c']);
  });
});

test(`a snapshot keeps at most ${DATED_MEMO_LIMIT} per-date values, dropping the least recently used`, async () => {
  const snapshot = await fixtureSnapshot();
  let made = 0;
  const day = (i: number) => new Date(Date.UTC(2021, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < DATED_MEMO_LIMIT + 10; i++) snapshot.memo('k', () => ++made, day(i));
  expect(made).toBe(DATED_MEMO_LIMIT + 10);
  snapshot.memo('k', () => ++made, day(DATED_MEMO_LIMIT + 9));
  expect(made).toBe(DATED_MEMO_LIMIT + 10);
  snapshot.memo('k', () => ++made, day(0));
  expect(made).toBe(DATED_MEMO_LIMIT + 11);
  expect(snapshot.summaries('2022-03-01')).toBe(snapshot.summaries('2022-03-01'));
});
