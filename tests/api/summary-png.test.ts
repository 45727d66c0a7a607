// The summary card PNG through real HTTP against `next start`.
import { request as httpRequest } from 'node:http';
import { PNG } from 'pngjs';
import { OBLASTS } from '@/lib/oblasts';
import { PALETTE } from '@/lib/presentation/palette';

// A card is drawn in a renderer process started on demand: seconds, not milliseconds, on a busy machine.
jest.setTimeout(30_000);

const base = () => process.env.TEST_BASE_URL!;
const get = (path: string, init?: RequestInit) => fetch(`${base()}${path}`, init);

async function png(res: Response): Promise<PNG> {
  return PNG.sync.read(Buffer.from(await res.arrayBuffer()));
}

function hex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** How many pixels below the card's top band have exactly this colour. */
function countColour(image: PNG, colour: string, fromRow = 16): number {
  let n = 0;
  for (let y = fromRow; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const i = (y * image.width + x) * 4;
      if (hex(image.data[i], image.data[i + 1], image.data[i + 2]) === colour) n += 1;
    }
  }
  return n;
}

function distinctColours(image: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4) seen.add((image.data[i] << 16) | (image.data[i + 1] << 8) | image.data[i + 2]);
  return seen.size;
}

async function statusKeyOf(slug: string): Promise<keyof typeof PALETTE> {
  const feature = await (await get(`/api/regions/${slug}?detail=low`)).json();
  return feature.properties.status.key;
}

describe('GET /api/regions/{slug}/summary.png', () => {
  // minFill: about twice what the title swatch, legend swatch and quote rules take at that size,
  // so only a drawn shape reaches it.
  test.each([
    ['', 1200, 630, 3000],
    ['?size=landscape', 1200, 630, 3000],
    ['?size=square', 1080, 1080, 3000],
    ['?size=story', 1080, 1920, 10000],
  ])('%p is a %i×%i PNG showing the region in its status colour', async (query, width, height, minFill) => {
    const res = await get(`/api/regions/donetsk/summary.png${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const image = await png(res);
    expect([image.width, image.height]).toEqual([width, height]);
    expect(distinctColours(image)).toBeGreaterThan(200);
    expect(countColour(image, PALETTE[await statusKeyOf('donetsk')].fill)).toBeGreaterThan(minFill);
  });

  test.each(OBLASTS.map((o) => [o.slug, o.iso]))('every region has its card (%s, also as %s in any case)', async (slug, iso) => {
    const bySlug = await png(await get(`/api/regions/${slug}/summary.png`));
    expect(countColour(bySlug, PALETTE[await statusKeyOf(slug)].fill)).toBeGreaterThan(1000);
    const res = await get(`/api/regions/${iso.toLowerCase()}/summary.png?size=square`);
    expect(res.status).toBe(200);
    expect((await png(res)).width).toBe(1080);
  });

  test('different regions give different images', async () => {
    const a = Buffer.from(await (await get('/api/regions/donetsk/summary.png')).arrayBuffer());
    const b = Buffer.from(await (await get('/api/regions/kherson/summary.png')).arrayBuffer());
    expect(a.equals(b)).toBe(false);
  });

  test.each(['portrait', '', 'LANDSCAPE', '1200x630', 'story%00'])('?size=%p is a 400 naming the allowed sizes', async (value) => {
    const res = await get(`/api/regions/donetsk/summary.png?size=${value}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body.error).toContain('landscape, square, story');
    expect(body.allowed).toEqual(['landscape', 'square', 'story']);
  });

  test('a repeated size is a 400, not a guess', async () => {
    const res = await get('/api/regions/donetsk/summary.png?size=square&size=story');
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/given 2 times/);
  });

  test.each(['crimea', 'UA-43', 'donetsk.png'])('unknown region %p is a 404 JSON listing the known ones', async (key) => {
    const res = await get(`/api/regions/${key}/summary.png`);
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body.known).toEqual(OBLASTS.map((o) => o.slug));
  });

  test('is cacheable like the API: Cache-Control, an ETag per size, and 304 on If-None-Match', async () => {
    const first = await get('/api/regions/luhansk/summary.png?size=square');
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=3600, stale-while-revalidate=86400');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    const other = await get('/api/regions/luhansk/summary.png?size=story');
    expect(other.headers.get('etag')).not.toBe(etag);
    const again = await get('/api/regions/luhansk/summary.png?size=square', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stale = await get('/api/regions/luhansk/summary.png?size=square', { headers: { 'If-None-Match': '"not-it"' } });
    expect(stale.status).toBe(200);
  });

  test('POST is a 405', async () => {
    expect((await get('/api/regions/donetsk/summary.png', { method: 'POST' })).status).toBe(405);
  });
});

/** The ETag for a request with these headers; node:http, because fetch will not send a Host header. */
function etagWith(headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base()}/api/regions/donetsk/summary.png`, { headers }, (res) => {
      res.resume();
      resolve(String(res.headers.etag));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the page URL printed on the card', () => {
  test('follows the Host the reader used, so the ETag differs per host', async () => {
    const a = await etagWith({ Host: 'claims.example' });
    expect(a).toBe(await etagWith({ Host: 'claims.example' }));
    expect(a).not.toBe(await etagWith({ Host: 'other.example' }));
  });

  test('ignores X-Forwarded-Host, which anyone can send', async () => {
    const host = new URL(base()).host;
    expect(await etagWith({ Host: host, 'X-Forwarded-Host': 'evil.example' })).toBe(await etagWith({ Host: host }));
  });
});
