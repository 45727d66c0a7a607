// The paged routes through real HTTP: a region's claims (newest first, filtered, cursor by
// cursor), the document list, one claim by id, and the update events. Against the fixture seeds.
import type { Claim } from '@/lib/claims/types';
import type { ClaimBody, ClaimsPageBody, DocumentsPageBody } from '@/lib/http/api-types';
import { OBLASTS } from '@/lib/oblasts';
import type { RegionCollection } from '@/lib/presentation/region-view';
import { fetchAllClaims, fetchRegions } from '../support/regions';

const base = () => process.env.TEST_BASE_URL!;
const get = (path: string, init?: RequestInit) => fetch(`${base()}${path}`, init);
const json = async <T>(path: string): Promise<T> => {
  const res = await get(path);
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
};

let regions: RegionCollection;
beforeAll(async () => {
  regions = await fetchRegions();
});

/** The date a claim is sorted by: its document's, as /api/documents gives it. */
async function datesByDocument(): Promise<Map<string, string | null>> {
  const { documents } = await json<DocumentsPageBody>('/api/documents?limit=100');
  return new Map(documents.map((d) => [d.id, d.published]));
}

describe('GET /api/regions/{slug}/claims', () => {
  test.each(OBLASTS.map((o) => o.slug))('pages through all of %s, newest first, each claim once, as many as the region counts', async (slug) => {
    const all = await fetchAllClaims(slug);
    const counted = regions.features.find((f) => f.properties.slug === slug)!.properties.counts.total;
    expect(all).toHaveLength(counted);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    const dates = await datesByDocument();
    const days = all.map((c) => dates.get(c.quote.document) ?? null);
    // Dated claims first, later dates before earlier ones; undated (the seed article) last.
    const dated = days.filter((d): d is string => d !== null);
    expect(days.slice(0, dated.length)).toEqual(dated);
    expect(dated).toEqual([...dated].sort().reverse());
  });

  test('small pages chain by cursor to the same claims as one big page', async () => {
    const all = await fetchAllClaims('donetsk');
    const paged: Claim[] = [];
    let cursor: string | null = null;
    do {
      const page: ClaimsPageBody = await json(`/api/regions/donetsk/claims?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.claims.length).toBeLessThanOrEqual(3);
      expect(page.total).toBe(all.length);
      paged.push(...page.claims);
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged.map((c) => c.id)).toEqual(all.map((c) => c.id));
  });

  test('a page carries the documents its claims quote and the region it is for', async () => {
    const page = await json<ClaimsPageBody>('/api/regions/UA-14/claims?limit=5');
    expect(page.region).toEqual({ slug: 'donetsk', iso: 'UA-14', name: 'Donetsk' });
    for (const c of page.claims) expect(page.documents.map((d) => d.id)).toContain(c.quote.document);
    expect(page.version).toBe(regions.corpus.version);
  });

  test.each([
    ['kind=control', (c: Claim) => c.kind === 'control'],
    ['kind=advance', (c: Claim) => c.kind === 'advance'],
    ['side=ukraine', (c: Claim) => c.actor === 'Ukraine'],
    ['side=russia', (c: Claim) => c.actor === 'Russia'],
    ['source=cnn', (c: Claim) => c.attribution.source === 'CNN'],
  ])('?%s returns exactly the matching claims', async (query, test) => {
    const all = await fetchAllClaims('donetsk');
    const filtered = await fetchAllClaims('donetsk', base(), `&${query}`);
    expect(filtered.map((c) => c.id)).toEqual(all.filter(test).map((c) => c.id));
    const page = await json<ClaimsPageBody>(`/api/regions/donetsk/claims?${query}`);
    expect(page.total).toBe(filtered.length);
  });

  test('claims about Ukraine as a whole are under the slug "ukraine"', async () => {
    const page = await json<ClaimsPageBody>('/api/regions/ukraine/claims');
    expect(page.region).toEqual({ slug: 'ukraine', iso: null, name: 'Ukraine as a whole' });
    expect(page.total).toBe(regions.nationwide.counts.total);
    for (const c of page.claims) expect(c.region).toBeNull();
  });

  test.each([
    ['limit=0', /limit="0"/],
    ['limit=101', /limit="101".*1 to 100/],
    ['limit=abc', /limit="abc"/],
    ['limit=5&limit=6', /given 2 times/],
    ['cursor=bm90LWEtY3Vyc29y', /cursor=.*nextCursor/],
    ['cursor=%3Cscript%3E', /cursor=/],
    ['kind=rumour', /kind="rumour".*control/],
    ['side=nato', /side="nato".*russia, ukraine, other/],
    ['source=', /source="": expected a source name/],
  ])('?%s is a 400 JSON error naming the value', async (query, message) => {
    const res = await get(`/api/regions/donetsk/claims?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await res.json()).error).toMatch(message);
  });

  test('an unknown region is a 404 listing the known ones', async () => {
    const res = await get('/api/regions/crimea/claims');
    expect(res.status).toBe(404);
    expect((await res.json()).known).toEqual([...OBLASTS.map((o) => o.slug), 'ukraine']);
  });

  test('answers 304 to its own ETag', async () => {
    const first = await get('/api/regions/luhansk/claims?limit=2');
    const again = await get('/api/regions/luhansk/claims?limit=2', { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
    const other = await get('/api/regions/luhansk/claims?limit=3');
    expect(other.headers.get('etag')).not.toBe(first.headers.get('etag'));
  });
});

describe('GET /api/documents', () => {
  test('lists every document newest first (undated last) with its metadata and claim count', async () => {
    const page = await json<DocumentsPageBody>('/api/documents?limit=100');
    expect(page.total).toBe(9);
    expect(page.nextCursor).toBeNull();
    const dated = page.documents.filter((d) => d.published).map((d) => d.published!);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(page.documents.at(-1)).toEqual(expect.objectContaining({ id: '000_dcd564552b84d477', published: null }));
    expect(page.documents[0]).toEqual({
      id: '2022-05-28_kremlin_68523',
      title: expect.any(String),
      publisher: 'President of Russia (en.kremlin.ru)',
      published: '2022-05-28',
      url: expect.stringMatching(/^http:\/\/en\.kremlin\.ru\//),
      claims: expect.any(Number),
    });
    const claimsInAll = page.documents.reduce((n, d) => n + d.claims, 0);
    expect(claimsInAll).toBe(regions.corpus.claims);
  });

  test('pages of two chain to the whole list', async () => {
    const whole = await json<DocumentsPageBody>('/api/documents?limit=100');
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: DocumentsPageBody = await json(`/api/documents?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      ids.push(...page.documents.map((d) => d.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids).toEqual(whole.documents.map((d) => d.id));
  });

  test.each(['limit=1000', 'cursor=xyz', 'limit=-1'])('?%s is a 400', async (query) => {
    expect((await get(`/api/documents?${query}`)).status).toBe(400);
  });

  test('an unknown document is a 404 pointing at the list', async () => {
    const res = await get('/api/documents/no-such-document');
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(/\/api\/documents/);
  });
});

describe('GET /api/claims/{id}', () => {
  test('returns the claim with its region and document', async () => {
    const [claim] = await fetchAllClaims('kherson');
    const body = await json<ClaimBody>(`/api/claims/${claim.id}`);
    expect(body.claim).toEqual(claim);
    expect(body.region).toBe('kherson');
    expect(body.document?.id).toBe(claim.quote.document);
  });

  test.each(['c-0000000000000000', '<script>', 'x'.repeat(300)])('an unknown id %p is a 404', async (id) => {
    const res = await get(`/api/claims/${encodeURIComponent(id)}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('GET /api/updates', () => {
  test('streams the data version as a server-sent event', async () => {
    const controller = new AbortController();
    const res = await get('/api/updates', { signal: controller.signal });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    let text = '';
    while (!/event: version\ndata: .*\n\n/.test(text)) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(JSON.parse(/event: version\ndata: (.*)\n/.exec(text)![1])).toEqual({ version: regions.corpus.version });
  });
});
