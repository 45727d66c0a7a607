// ?asOf= through real HTTP: every region route answers as of a day, refuses a bad day with a JSON
// 400 that names it, and varies its ETag with the day; the timeline lists the days articles speak.
const base = () => process.env.TEST_BASE_URL!;
const get = (path: string, init?: RequestInit) => fetch(`${base()}${path}`, init);

type Status = { key: string; asOf: string | null; sentence: string; sides: { date: string | null; side: string }[]; control: { date: string | null } | null };
type Collection = { asOf: string | null; features: { properties: { slug: string; status: Status; counts: { total: number } } }[] };

describe('?asOf=YYYY-MM-DD', () => {
  test.each([
    '/api/regions?asOf=2022-02-30',
    '/api/regions/donetsk?asOf=yesterday',
    '/api/regions/donetsk/claims?asOf=2022-5-1',
    '/api/regions/donetsk/summary.png?asOf=%3Cscript%3E',
    '/api/regions?asOf=2022-01-01&asOf=2022-02-01',
  ])('%s is a JSON 400 that names the bad value', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string };
    expect(body.error).toMatch(/^asOf/);
  });

  test('before any article, every region has no claims, and the sentence says up to when', async () => {
    const body = (await (await get('/api/regions?asOf=2021-01-01&detail=low')).json()) as Collection;
    expect(body.asOf).toBe('2021-01-01');
    for (const f of body.features) {
      expect(f.properties.status.key).toBe('no-claims');
      expect(f.properties.counts.total).toBe(0);
      expect(f.properties.status.sentence).toMatch(/up to 1 Jan 2021\.$/);
    }
  });

  test('a standing claim is never newer than the day asked for, and the answer carries the day', async () => {
    for (const day of ['2021-12-31', '2022-02-01', '2022-04-15']) {
      const body = (await (await get(`/api/regions?asOf=${day}&detail=low`)).json()) as Collection;
      for (const f of body.features) {
        expect(f.properties.status.asOf).toBe(day);
        for (const s of f.properties.status.sides) expect(s.date! <= day).toBe(true);
      }
    }
  });

  test('the ETag varies with the day, and a 304 is per day', async () => {
    const a = await get('/api/regions/luhansk?asOf=2021-11-01');
    const b = await get('/api/regions/luhansk?asOf=2022-04-15');
    const now = await get('/api/regions/luhansk');
    const tags = [a, b, now].map((r) => r.headers.get('etag'));
    expect(new Set(tags).size).toBe(3);
    const again = await get('/api/regions/luhansk?asOf=2021-11-01', { headers: { 'If-None-Match': tags[0]! } });
    expect(again.status).toBe(304);
    const other = await get('/api/regions/luhansk?asOf=2022-04-15', { headers: { 'If-None-Match': tags[0]! } });
    expect(other.status).toBe(200);
  });

  test('a region’s claims as of a day are those dated up to it, newest first, then the undated', async () => {
    const body = (await (await get('/api/regions/luhansk/claims?asOf=2022-01-31&limit=100')).json()) as {
      asOf: string;
      claims: { date: string | null }[];
      total: number;
    };
    expect(body.asOf).toBe('2022-01-31');
    const dates = body.claims.map((c) => c.date);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated.every((d) => d <= '2022-01-31')).toBe(true);
    expect([...dated].sort().reverse()).toEqual(dated);
    expect(dates.indexOf(null) === -1 || dates.slice(dates.indexOf(null)).every((d) => d === null)).toBe(true);
    const all = (await (await get('/api/regions/luhansk/claims?limit=100')).json()) as { total: number };
    expect(body.total).toBeLessThan(all.total);
  });

  test('?by= keeps the claims one side says', async () => {
    const ua = (await (await get('/api/regions/donetsk/claims?by=ukraine&limit=100')).json()) as { total: number; filter: { by: string } };
    const other = (await (await get('/api/regions/donetsk/claims?by=other&limit=100')).json()) as { total: number };
    const all = (await (await get('/api/regions/donetsk/claims?limit=100')).json()) as { total: number };
    expect(ua.filter.by).toBe('ukraine');
    expect(ua.total).toBeGreaterThan(0);
    expect(other.total).toBeGreaterThan(0);
    expect(ua.total + other.total).toBeLessThanOrEqual(all.total);
  });

  test('the summary card as of a day is another image, named for its size and day', async () => {
    const res = await get('/api/regions/donetsk/summary.png?size=square&asOf=2022-02-01');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('donetsk-summary-square-2022-02-01.png');
    const now = await get('/api/regions/donetsk/summary.png?size=square');
    expect(now.headers.get('etag')).not.toBe(res.headers.get('etag'));
  }, 30_000);

  test('a page ignores a bad asOf and shows the present', async () => {
    const res = await get('/regions/donetsk?asOf=not-a-date');
    expect(res.status).toBe(200);
  });
});

test('GET /api/timeline lists the days articles were published and claims made, oldest first', async () => {
  const res = await get('/api/timeline');
  expect(res.status).toBe(200);
  const body = (await res.json()) as { first: string; last: string; days: { date: string; documents: number; claims: number }[]; version: string };
  expect(body.days.length).toBeGreaterThan(3);
  expect(body.first).toBe(body.days[0].date);
  expect(body.last).toBe(body.days.at(-1)!.date);
  expect(body.days.map((d) => d.date)).toEqual([...body.days.map((d) => d.date)].sort());
  expect(body.days.reduce((n, d) => n + d.documents, 0)).toBe(8);
  expect(res.headers.get('etag')).toBeTruthy();
});
