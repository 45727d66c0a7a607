// Every page loads cleanly: on a desktop and a phone, the home page, a region, an article and
// /check log no warning and no error and throw nothing (issue 15, item 6: MapLibre warned
// "Image "claimed-hatch" could not be loaded" about five times a load). One page per device walks
// the four addresses, so this costs a few page loads, not a dozen.
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { launchBrowser, newPage, waitForMapIdle, type DeviceName } from '../support/browser';

jest.setTimeout(60_000);

/**
 * Chromium's own driver note when the page reads the WebGL canvas back (the map keeps its drawing
 * buffer for the PNG export): Chromium logs it at warning level from its GPU process, with the
 * software rasteriser these tests use; it says nothing about the app. Exactly this message, nothing
 * else, is let through.
 */
const CHROMIUM_GPU_NOTE = /^\[\.WebGL-0x[0-9a-f]+\]GL Driver Message \(OpenGL, Performance, GL_CLOSE_PATH_NV, High\): GPU stall due to ReadPixels( \(this message will no longer repeat\))?$/;

let browser: Browser;
let article: string;

beforeAll(async () => {
  browser = await launchBrowser();
  // An article the panel quotes, with a span, as "Read in context" opens it.
  const res = await fetch(`${process.env.TEST_BASE_URL}/api/regions/donetsk/claims?limit=1`);
  const { claims } = (await res.json()) as { claims: { quote: { document: string; start: number; end: number } }[] };
  const q = claims[0].quote;
  article = `/documents/${encodeURIComponent(q.document)}?start=${q.start}&end=${q.end}&back=${encodeURIComponent('/regions/donetsk')}#quote`;
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['desktop', 'phone'] as DeviceName[])('on a %s', (device) => {
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const record = (m: ConsoleMessage) => {
    if (m.type() !== 'warning' && m.type() !== 'error') return;
    if (CHROMIUM_GPU_NOTE.test(m.text())) return;
    problems.push(`console.${m.type()}: ${m.text()}`);
  };

  beforeAll(async () => {
    ({ context, page } = await newPage(browser, device));
    page.on('console', record);
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  });
  afterAll(async () => context?.close());
  afterEach(() => {
    problems.length = 0;
  });

  /** Loads a page and waits until it has settled: the map idle, or the page's own ready sign. */
  async function load(url: string, ready: (page: Page) => Promise<void>): Promise<string[]> {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await ready(page);
    // Anything logged just after the page looks ready (a late tile, a lazy list) counts too.
    await page.waitForTimeout(300);
    return [...problems];
  }

  test('the home page, once its map is drawn, has logged no warning or error', async () => {
    expect(await load('/', waitForMapIdle)).toEqual([]);
  });

  // Issue 15, item 10, on the page just loaded: Tab scrolled a link below the fold flush with the
  // panel's bottom edge, cutting off its focus ring (3 px outline, 2 px off the link).
  test('tabbing down the panel scrolls each link into view with its whole focus ring', async () => {
    await page.locator('aside[data-sheet] nav a[data-region]').first().focus();
    const edges: { below: number; above: number; what: string }[] = [];
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press('Tab');
      const edge = await page.evaluate(() => {
        const scroller = document.querySelector('aside[data-sheet] > div')!;
        const el = document.activeElement!;
        if (!scroller.contains(el)) return null;
        const s = scroller.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return { below: s.bottom - r.bottom, above: r.top - s.top, what: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`, scrolled: scroller.scrollTop };
      });
      if (!edge) break;
      edges.push(edge);
      if (edge.scrolled > 0 && edges.length > 8) break;
    }
    // The walk reached below the fold (so this can fail), and no ring came within 5 px of an edge.
    expect(await page.evaluate(() => document.querySelector('aside[data-sheet] > div')!.scrollTop)).toBeGreaterThan(0);
    expect(edges.filter((e) => e.below < 5 || e.above < 5)).toEqual([]);
  });

  test('a region page, once its map is drawn and its ledger listed, has logged no warning or error', async () => {
    expect(await load('/regions/donetsk', async (p) => {
      await waitForMapIdle(p);
      await p.getByTestId('claims-panel').locator('article[data-claim]').first().waitFor();
    })).toEqual([]);
  });

  test('an article opened from a quote has logged no warning or error', async () => {
    expect(await load(article, (p) => p.locator('mark#quote').waitFor())).toEqual([]);
  });

  test('/check has logged no warning or error', async () => {
    expect(await load('/check', (p) => p.locator('#check-text').waitFor())).toEqual([]);
  });
});
