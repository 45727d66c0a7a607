// Issue 6 over plain HTTP against `next start`: the pages a link or a crawler fetches, read as
// the server sends them (no JavaScript, redirects not followed).
import type { Claim } from '@/lib/claims/types';
import { OBLASTS } from '@/lib/oblasts';
import type { RegionCollection } from '@/lib/presentation/region-view';
import { fetchAllClaims, fetchRegions } from '../support/regions';

const base = () => process.env.TEST_BASE_URL!;
const get = (path: string) => fetch(`${base()}${path}`, { redirect: 'manual' });

let regions: RegionCollection;
/** Every claim the server has, from every region's pages and Ukraine's. */
let claims: Claim[];
beforeAll(async () => {
  regions = await fetchRegions();
  claims = (await Promise.all([...OBLASTS.map((o) => o.slug), 'ukraine'].map((slug) => fetchAllClaims(slug)))).flat();
});

function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** The document head as a crawler reads it: title, meta name/property → content, canonical. */
function head(html: string): { title: string | null; meta: Record<string, string>; canonical: string | null } {
  const meta: Record<string, string> = {};
  for (const [, attrs] of html.matchAll(/<meta\s([^>]*?)\/?>/g)) {
    const a = Object.fromEntries([...attrs.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k.toLowerCase(), decodeEntities(v)]));
    const key = a.property ?? a.name;
    if (key && a.content !== undefined) meta[key] = a.content;
  }
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
  return { title: title === undefined ? null : decodeEntities(title), meta, canonical: canonical ? decodeEntities(canonical) : null };
}

const pathOf = (url: string | null | undefined) => (url ? new URL(url, base()).pathname : null);

describe('region pages', () => {
  test.each(OBLASTS.map((o) => [o.slug, o.name] as const))('/regions/%s answers 200 with its title, description, canonical, Open Graph and Twitter tags', async (slug, name) => {
    const res = await get(`/regions/${slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    const { title, meta, canonical } = head(html);
    const sentence = regions.features.find((f) => f.properties.slug === slug)!.properties.status.sentence;
    const expectedTitle = `${name} — who controls it, according to the sources`;
    expect({
      title,
      description: meta.description,
      canonical: pathOf(canonical),
      'og:title': meta['og:title'],
      'og:description': meta['og:description'],
      'og:url': pathOf(meta['og:url']),
      'og:type': meta['og:type'],
      'og:site_name': Boolean(meta['og:site_name']),
      'twitter:card': meta['twitter:card'],
      'twitter:title': meta['twitter:title'],
      'twitter:description': meta['twitter:description'],
    }).toEqual({
      title: expectedTitle,
      description: sentence,
      canonical: `/regions/${slug}`,
      'og:title': expectedTitle,
      'og:description': sentence,
      'og:url': `/regions/${slug}`,
      'og:type': 'article',
      'og:site_name': true,
      'twitter:card': 'summary_large_image',
      'twitter:title': expectedTitle,
      'twitter:description': sentence,
    });
    // The description is the claim with its attribution, never a bare statement of fact.
    expect(sentence).toMatch(/\b(reported|said|says|according to|claims?|assessed|warned)\b/i);
  });

  test.each(OBLASTS.map((o) => [o.slug, o.name] as const))('/regions/%s is server-rendered with its panel open, readable without JavaScript', async (slug, name) => {
    const html = await (await get(`/regions/${slug}`)).text();
    const sentence = regions.features.find((f) => f.properties.slug === slug)!.properties.status.sentence;
    expect(html).toMatch(new RegExp(`<h2[^>]*id="panel-heading"[^>]*>${name}</h2>`));
    expect(decodeEntities(html)).toContain(sentence);
    for (const o of OBLASTS) expect(html).toContain(`href="/regions/${o.slug}"`);
  });

  test('the home page is server-rendered with the four regions listed and its own canonical', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    const { title, canonical, meta } = head(html);
    expect(title).toMatch(/Luhansk, Donetsk, Kherson, Zaporizhzhia/);
    expect(pathOf(canonical)).toBe('/');
    expect(meta.description).toMatch(/claims?/i);
    for (const o of OBLASTS) expect(html).toMatch(new RegExp(`href="/regions/${o.slug}"[^>]*data-region="${o.slug}"`));
  });
});

describe('region aliases redirect permanently (308) to the canonical slug', () => {
  test.each([
    ['/regions/UA-14', '/regions/donetsk'],
    ['/regions/ua-14', '/regions/donetsk'],
    ['/regions/DONETSK', '/regions/donetsk'],
    ['/regions/Donetsk', '/regions/donetsk'],
    ['/regions/UA-09', '/regions/luhansk'],
    ['/regions/lugansk', '/regions/luhansk'],
    ['/regions/UA-65', '/regions/kherson'],
    ['/regions/UA-23', '/regions/zaporizhzhia'],
    ['/regions/zaporozhye', '/regions/zaporizhzhia'],
    ['/regions/Zaporizhia', '/regions/zaporizhzhia'],
    ['/regions/Donetsk%20Oblast', '/regions/donetsk'],
    ['/regions/UA-14?claim=c-123', '/regions/donetsk?claim=c-123'],
  ])('%s → %s', async (from, to) => {
    const res = await get(from);
    expect(res.status).toBe(308);
    const location = new URL(res.headers.get('location')!, base());
    expect(`${location.pathname}${location.search}`).toBe(to);
    // One hop: the target is the page itself.
    expect((await get(to)).status).toBe(200);
  });
});

const UNKNOWN_REGIONS = ['/regions/crimea', '/regions/UA-99', '/regions/kyiv', '/regions/donetskk', '/regions/' + 'x'.repeat(300)];

describe('unknown regions', () => {
  test.each([...UNKNOWN_REGIONS, '/regions/donetsk/extra'])('%s answers 404', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  });

  test('/regions/donetsk/extra is a server-rendered 404 page that lists the four regions', async () => {
    const html = await (await get('/regions/donetsk/extra')).text();
    for (const o of OBLASTS) expect(html).toMatch(new RegExp(`href="/regions/${o.slug}"[^>]*>${o.name}<`));
  });

  test.each(UNKNOWN_REGIONS)('%s lists the four regions in its server-rendered HTML', async (path) => {
    const html = await (await get(path)).text();
    for (const o of OBLASTS) expect(html).toMatch(new RegExp(`href="/regions/${o.slug}"[^>]*>${o.name}<`));
  });

});

describe('addresses with malformed percent-encoding', () => {
  test.each(['/regions/%E0%A4%A', '/regions/%ZZ', '/documents/%ZZ', '/api/regions/%E0%A4%A', '/api/documents/%ZZ'])('%s is a 400 that names the problem, not a 500', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).toMatch(/percent-encod/);
    if (path.startsWith('/api/')) expect(JSON.parse(body).error).toMatch(/percent-encod/);
  });
});

describe('sitemap.xml and robots.txt', () => {
  test('the sitemap lists the home page, the four region pages and /check', async () => {
    const res = await get('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/xml/);
    const xml = await res.text();
    const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(decodeEntities(loc)).pathname);
    expect(paths.sort()).toEqual(['/', '/check', ...OBLASTS.map((o) => `/regions/${o.slug}`)].sort());
  });

  test('robots.txt allows the region pages and points at the sitemap', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/^User-Agent: \*$/im);
    const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
    expect(pathOf(sitemap)).toBe('/sitemap.xml');
    const disallowed = [...text.matchAll(/^Disallow: (\S*)$/gm)].map(([, p]) => p);
    for (const o of OBLASTS) expect(disallowed.filter((p) => p && `/regions/${o.slug}`.startsWith(p))).toEqual([]);
  });
});

describe('the in-context document page', () => {
  test('every quote the map links to is highlighted, exactly, in its document', async () => {
    const quotes = new Map<string, { document: string; start: number; end: number; text: string }>();
    for (const c of claims) {
      quotes.set(`${c.quote.document}:${c.quote.start}:${c.quote.end}`, c.quote);
    }
    expect(quotes.size).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const q of quotes.values()) {
      const res = await get(`/documents/${encodeURIComponent(q.document)}?start=${q.start}&end=${q.end}`);
      const html = await res.text();
      const marks = [...html.matchAll(/<mark[^>]*>([^<]*)<\/mark>/g)].map(([, t]) => decodeEntities(t));
      const anchored = /<mark[^>]*id="quote"/.test(html);
      // A quote spanning a line break is marked once per paragraph; joined they are the quote.
      const marked = marks.join('\n');
      if (res.status !== 200 || !anchored || marked.replace(/\s+/g, ' ') !== q.text.replace(/\s+/g, ' ')) {
        wrong.push(`${q.document}?start=${q.start}&end=${q.end}: status ${res.status}, anchored ${anchored}, marked "${marked.slice(0, 80)}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('the document page names the article and links back to the map', async () => {
    const q = claims[0].quote;
    const doc = (await (await get(`/api/documents/${q.document}`)).json()) as { title: string };
    const html = decodeEntities(await (await get(`/documents/${q.document}?start=${q.start}&end=${q.end}`)).text());
    expect(html).toContain(doc.title);
    expect(html).toMatch(/href="\/"[^>]*>← Back to the map/);
  });

  test.each([
    'start=5&end=2',
    'start=10&end=10',
    'start=-1&end=10',
    'start=0&end=999999999',
    'start=abc&end=10',
    'start=1e2&end=300',
    'start=10',
    'end=10',
    'start=0&end=10&start=20',
    'start=%3Cscript%3E&end=5',
  ])('a bad span (%s) shows the document without a highlight', async (query) => {
    const q = claims[0].quote;
    const res = await get(`/documents/${q.document}?${query}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/<mark/);
    expect(decodeEntities(html)).toContain(q.text.slice(0, 40));
  });

  test.each(['/documents/no-such-document', '/documents/..%2Fpackage', '/documents/..%2F..%2Fetc%2Fpasswd', '/documents/000_dcd564552b84d477.txt'])('%s is a 404', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
  });
});
