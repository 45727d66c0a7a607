// Link previews: every page names an og:image, and it is a real 1200×630 PNG with content.
import { PNG } from 'pngjs';
import { OBLASTS } from '@/lib/oblasts';

// A card is drawn in a renderer process started on demand: seconds, not milliseconds, on a busy machine.
jest.setTimeout(30_000);

const base = () => process.env.TEST_BASE_URL!;

async function ogImageUrl(page: string): Promise<string> {
  const html = await (await fetch(`${base()}${page}`)).text();
  const content = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error(`${page} has no og:image`);
  // The tags carry the configured public origin; fetch the path from the test server.
  const url = new URL(content.replace(/&amp;/g, '&'));
  return `${base()}${url.pathname}${url.search}`;
}

function distinctColours(png: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97) seen.add(png.data.readUInt32BE(i));
  return seen.size;
}

describe('Open Graph images', () => {
  test.each(['/', ...OBLASTS.map((o) => `/regions/${o.slug}`)])('%s links a 1200×630 PNG preview that is not one flat colour', async (page) => {
    const res = await fetch(await ogImageUrl(page));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(distinctColours(png)).toBeGreaterThan(20);
  });

  test('the region pages carry twitter:card summary_large_image with the image', async () => {
    const html = await (await fetch(`${base()}/regions/donetsk`)).text();
    expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
    expect(html).toMatch(/<meta name="twitter:image" content="[^"]*\/api\/regions\/donetsk\/summary\.png\?size=landscape"/);
  });

  test('previews and PNG cards use one origin: the address the page was asked for', async () => {
    for (const page of ['/', '/regions/kherson']) {
      const html = await (await fetch(`${base()}${page}`)).text();
      const content = /<meta property="og:image" content="([^"]+)"/.exec(html)![1];
      expect(new URL(content).origin).toBe(new URL(base()).origin);
    }
  });

  test('a page as of a past day previews the card as of that day', async () => {
    const url = await ogImageUrl('/regions/luhansk?asOf=2022-03-01');
    expect(url).toMatch(/\/api\/regions\/luhansk\/summary\.png\?size=landscape&asOf=2022-03-01$/);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('luhansk-summary-landscape-2022-03-01.png');
  });
});
