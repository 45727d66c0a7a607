// Issue 6, end to end in Debian's Chromium: a link opens exactly what the sender saw. Region
// pages, single-claim links and #zoom/lat/lon views, cold-opened as a recipient would, plus the
// URL following the reader (push, Back/Forward, close) and the Share buttons.
import bbox from '@turf/bbox';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RegionCollection } from '@/lib/presentation/region-view';
import { baseUrl, gotoAndWaitForMap, launchBrowser, mapView, newPage, screenshot, waitForMapIdle, type DeviceName, type PageProblems } from '../support/browser';
import { donetskSeedClaims, fetchAllClaims, fetchRegions, regionBySlug } from '../support/regions';

type SeedClaims = Awaited<ReturnType<typeof donetskSeedClaims>>;

// Generous: two test files share two cores, and a test may open the map more than once.
jest.setTimeout(60_000);

let browser: Browser;
let regions: RegionCollection;
let seed: SeedClaims;
const open: BrowserContext[] = [];

beforeAll(async () => {
  [browser, regions, seed] = await Promise.all([launchBrowser(), fetchRegions(), donetskSeedClaims()]);
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
});

async function openApp(device: DeviceName, url: string, extra = {}): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const opened = await newPage(browser, device, extra);
  open.push(opened.context);
  await gotoAndWaitForMap(opened.page, url);
  return opened;
}

type BBox = [number, number, number, number];
const bboxOf = (slug: string) => bbox(regionBySlug(regions, slug)) as BBox;

/** Waits until the map has stopped with the region's whole bounding box in view. */
async function waitForFitted(page: Page, slug: string): Promise<void> {
  await page.waitForFunction(
    ([w, s, e, n]) => {
      const map = window.__claimsMap;
      if (!map || window.__mapIdle !== true || map.isMoving()) return false;
      const b = map.getBounds();
      return b.getWest() <= w && b.getSouth() <= s && b.getEast() >= e && b.getNorth() >= n;
    },
    bboxOf(slug),
    { timeout: 15_000, polling: 50 },
  );
}

/** What the reader sees as selected: the panel heading and the list entry marked current. */
async function selectedRegion(page: Page): Promise<{ heading: string | null; current: string[]; path: string }> {
  return page.evaluate(() => ({
    heading: document.querySelector('#panel-heading')?.textContent ?? null,
    current: [...document.querySelectorAll('a[data-region][aria-current="page"]')].map((a) => a.getAttribute('data-region')!),
    path: location.pathname,
  }));
}

/**
 * Whether the claim card is highlighted (the amber ring: a 2 px box-shadow spread), wholly inside
 * its scrolling panel, and whether anything but that panel was scrolled to get it there (the page
 * shell must stay put: header at the top, map filling the rest).
 */
async function claimCardState(page: Page, id: string): Promise<{ ringed: boolean; inView: boolean; pageShifted: string[] }> {
  return page.locator(`article[data-claim="${id}"]`).evaluate((card) => {
    let scroller: HTMLElement | null = card.parentElement;
    while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
    const box = (scroller ?? document.documentElement).getBoundingClientRect();
    const r = card.getBoundingClientRect();
    const viewportBottom = Math.min(box.bottom, window.innerHeight);
    const pageShifted: string[] = [];
    for (let el = scroller?.parentElement ?? null; el; el = el.parentElement) {
      if (el.scrollTop !== 0 || el.scrollLeft !== 0) pageShifted.push(`<${el.tagName.toLowerCase()} class="${el.className}"> scrolled ${el.scrollLeft},${el.scrollTop}`);
    }
    if (window.scrollY !== 0) pageShifted.push(`window scrolled ${window.scrollY}`);
    return {
      ringed: /0px 0px 0px 2px/.test(getComputedStyle(card).boxShadow),
      inView: r.top >= box.top - 1 && r.bottom <= viewportBottom + 1,
      pageShifted,
    };
  });
}

describe('a cold-opened region link', () => {
  test('/regions/kherson shows Kherson selected, its panel open and the map fitted tighter than the all-four view', async () => {
    const { page: home } = await openApp('desktop', '/');
    const allFour = await mapView(home);

    const { page, problems } = await openApp('desktop', '/regions/kherson');
    await waitForFitted(page, 'kherson');
    expect(await selectedRegion(page)).toEqual({ heading: 'Kherson', current: ['kherson'], path: '/regions/kherson' });
    expect(await page.locator('[data-testid=status-sentence]').innerText()).toContain(regionBySlug(regions, 'kherson').properties.status.sentence);
    const view = await mapView(page);
    expect(view.zoom).toBeGreaterThan(allFour.zoom + 0.5);
    expect(page.url()).toMatch(/#\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?$/);
    await screenshot(page, 'desktop-kherson-deeplink.png');
    expect(problems.errors).toEqual([]);
  });

  test('on a phone, /regions/donetsk opens the bottom sheet at half height with Donetsk fitted in the map above it', async () => {
    const { page } = await openApp('phone', '/regions/donetsk');
    await waitForFitted(page, 'donetsk');
    expect(await page.locator('aside[data-sheet]').getAttribute('data-sheet')).toBe('half');
    expect((await selectedRegion(page)).heading).toBe('Donetsk');
    const [w, s, e, n] = bboxOf('donetsk');
    const corners = await page.evaluate(
      (pts) => {
        const map = window.__claimsMap!;
        const r = map.getCanvas().getBoundingClientRect();
        return pts.map(([lon, lat]) => {
          const p = map.project([lon, lat]);
          return { x: r.left + p.x, y: r.top + p.y };
        });
      },
      [
        [w, n],
        [e, s],
      ],
    );
    const sheetTop = (await page.locator('aside[data-sheet]').boundingBox())!.y;
    const mapBox = (await page.locator('[data-testid=map]').boundingBox())!;
    const [topLeft, bottomRight] = corners;
    expect({ top: topLeft.y >= mapBox.y, left: topLeft.x >= 0, right: bottomRight.x <= mapBox.width, aboveSheet: bottomRight.y <= sheetTop }).toEqual({
      top: true,
      left: true,
      right: true,
      aboveSheet: true,
    });
    await screenshot(page, 'phone-donetsk-deeplink.png');
  });
});

describe('an unknown region link', () => {
  test('shows a 404 page listing the four regions, and each entry opens its region', async () => {
    const { context, page } = await newPage(browser, 'desktop');
    open.push(context);
    const res = await page.goto('/regions/crimea');
    expect(res!.status()).toBe(404);
    const links = page.locator('main a[href^="/regions/"]');
    await links.first().waitFor();
    expect(await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]))).toEqual([
      ['/regions/luhansk', 'Luhansk'],
      ['/regions/donetsk', 'Donetsk'],
      ['/regions/kherson', 'Kherson'],
      ['/regions/zaporizhzhia', 'Zaporizhzhia'],
    ]);
    await screenshot(page, 'desktop-404.png');
    await page.click('main a[href="/regions/kherson"]');
    await page.locator('#panel-heading', { hasText: 'Kherson' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/regions/kherson');
  });
});

describe('the URL follows the reader', () => {
  test('selecting another region pushes its URL without a reload; Back and Forward restore each selection and view', async () => {
    const { page } = await openApp('desktop', '/regions/kherson');
    await waitForFitted(page, 'kherson');
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    await page.click('a[data-region="luhansk"]');
    await page.waitForURL((u) => u.pathname === '/regions/luhansk');
    await waitForFitted(page, 'luhansk');
    expect(await selectedRegion(page)).toEqual({ heading: 'Luhansk', current: ['luhansk'], path: '/regions/luhansk' });

    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/regions/kherson');
    await page.locator('#panel-heading', { hasText: 'Kherson' }).waitFor();
    await waitForFitted(page, 'kherson');
    expect(await selectedRegion(page)).toEqual({ heading: 'Kherson', current: ['kherson'], path: '/regions/kherson' });

    await page.goForward();
    await page.locator('#panel-heading', { hasText: 'Luhansk' }).waitFor();
    expect(await selectedRegion(page)).toEqual({ heading: 'Luhansk', current: ['luhansk'], path: '/regions/luhansk' });
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  test('closing the panel returns to / with all four regions in view; Back reopens the region', async () => {
    const { page } = await openApp('desktop', '/regions/zaporizhzhia');
    await page.click('[data-testid=claims-panel] button:has-text("Close")');
    await page.waitForURL((u) => u.pathname === '/');
    await page.locator('[data-testid=claims-panel]').waitFor({ state: 'detached' });
    for (const slug of ['luhansk', 'donetsk', 'kherson', 'zaporizhzhia']) await waitForFitted(page, slug);
    await page.goBack();
    await page.locator('#panel-heading', { hasText: 'Zaporizhzhia' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/regions/zaporizhzhia');
  });
});

describe('a single-claim link (?claim=)', () => {
  test('scrolls the panel to the claim, rings it and highlights its place on the map', async () => {
    const { pokrovsk } = seed;
    // The last card is the one a reader would have to scroll to: make sure it starts out of view.
    const { page: plain } = await openApp('desktop', '/regions/donetsk');
    const lastId = await plain.locator('article[data-claim]').last().getAttribute('data-claim');
    expect(await claimCardState(plain, lastId!)).toEqual({ ringed: false, inView: false, pageShifted: [] });

    const { page, problems } = await openApp('desktop', `/regions/donetsk?claim=${lastId}`);
    await page.waitForFunction((id) => {
      const card = document.querySelector(`article[data-claim="${id}"]`);
      return card !== null && /0px 0px 0px 2px/.test(getComputedStyle(card).boxShadow);
    }, lastId);
    expect(await claimCardState(page, lastId!)).toEqual({ ringed: true, inView: true, pageShifted: [] });
    const others = await page.$$eval('article[data-claim]', (cards, id) => cards.filter((c) => c.getAttribute('data-claim') !== id && /0px 0px 0px 2px/.test(getComputedStyle(c).boxShadow)).length, lastId);
    expect(others).toBe(0);
    await screenshot(page, 'desktop-claim-link.png');

    const { page: placed } = await openApp('desktop', `/regions/donetsk?claim=${pokrovsk.id}`);
    await placed.waitForFunction(() => window.__claimsMap!.getFeatureState({ source: 'places', id: 'Pokrovsk' }).highlight === true);
    expect(await claimCardState(placed, pokrovsk.id)).toEqual({ ringed: true, inView: true, pageShifted: [] });
    expect(problems.errors).toEqual([]);
  });

  test('on a phone, opens the bottom sheet scrolled to the ringed claim with the page shell in place', async () => {
    const lastId = seed.all[seed.all.length - 1].id;
    const { page } = await openApp('phone', `/regions/donetsk?claim=${lastId}`);
    expect(await page.locator('aside[data-sheet]').getAttribute('data-sheet')).toBe('half');
    await page.waitForFunction((id) => {
      const card = document.querySelector(`article[data-claim="${id}"]`);
      return card !== null && /0px 0px 0px 2px/.test(getComputedStyle(card).boxShadow);
    }, lastId);
    expect(await claimCardState(page, lastId)).toEqual({ ringed: true, inView: true, pageShifted: [] });
    await screenshot(page, 'phone-claim-link.png');
  });

  test.each([
    ['an unknown id', 'c-0000000000000000'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['an empty value', ''],
    ["another region's claim", 'LUHANSK_CLAIM'],
  ])('with %s is ignored: the region still opens and no card is ringed', async (_what, raw) => {
    const id = raw === 'LUHANSK_CLAIM' ? (await fetchAllClaims('luhansk'))[0].id : raw;
    const { page, problems } = await openApp('desktop', `/regions/kherson?claim=${encodeURIComponent(id)}`);
    expect((await selectedRegion(page)).heading).toBe('Kherson');
    const ringed = await page.$$eval('article[data-claim]', (cards) => cards.filter((c) => /0px 0px 0px 2px/.test(getComputedStyle(c).boxShadow)).length);
    expect(ringed).toBe(0);
    await waitForFitted(page, 'kherson');
    expect(problems.errors).toEqual([]);
  });
});

describe('the map view in the hash (#zoom/lat/lon)', () => {
  test.each([
    ['/#6.00/47.5000/36.0000', { zoom: 6, lat: 47.5, lon: 36 }, null],
    ['/regions/kherson#7.25/46.7000/33.1000', { zoom: 7.25, lat: 46.7, lon: 33.1 }, 'Kherson'],
  ])('%s opens at that view', async (url, expected, heading) => {
    const { page } = await openApp('desktop', url);
    const view = await mapView(page);
    expect(view.zoom).toBeCloseTo(expected.zoom, 2);
    expect(view.lat).toBeCloseTo(expected.lat, 3);
    expect(view.lon).toBeCloseTo(expected.lon, 3);
    expect((await selectedRegion(page)).heading).toBe(heading);
  });

  test('a view the reader pans to is written to the hash, and that URL reopens the same view', async () => {
    const { page } = await openApp('desktop', '/regions/kherson');
    await waitForFitted(page, 'kherson');
    const before = await mapView(page);
    const box = (await page.locator('[data-testid=map]').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 150, cy + 80, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction((lon) => window.__mapIdle === true && !window.__claimsMap!.isMoving() && Math.abs(window.__claimsMap!.getCenter().lng - lon) > 0.1, before.lon);
    await waitForMapIdle(page);
    const panned = await mapView(page);
    await page.waitForFunction((z) => location.hash.startsWith(`#${z}/`), panned.zoom.toFixed(2));
    const link = page.url();
    expect(new URL(link).pathname).toBe('/regions/kherson');

    const { page: reopened } = await openApp('desktop', link);
    const view = await mapView(reopened);
    expect(view.zoom).toBeCloseTo(panned.zoom, 1);
    expect(view.lat).toBeCloseTo(panned.lat, 3);
    expect(view.lon).toBeCloseTo(panned.lon, 3);
    expect((await selectedRegion(reopened)).heading).toBe('Kherson');
  });

  // One of each way a hash goes wrong (not numbers, out of range, bad encoding); the parser's unit
  // test covers every malformed form.
  test.each(['#abc', '#99/47.5/36', '#%E0%A4%A'])(
    'an invalid hash %s is ignored: the region opens fitted as without it',
    async (hash) => {
      const { page, problems } = await openApp('desktop', `/regions/kherson${hash}`);
      await waitForFitted(page, 'kherson');
      expect((await selectedRegion(page)).heading).toBe('Kherson');
      expect(problems.errors).toEqual([]);
    },
  );
});

describe('sharing', () => {
  test('Share copies the link to what the reader sees and says so; the claim link copies a link that opens that claim', async () => {
    const { pokrovsk } = seed;
    const { context, page } = await openApp('desktop', '/regions/donetsk', { permissions: ['clipboard-read', 'clipboard-write'] });
    await waitForFitted(page, 'donetsk');
    await page.waitForFunction(() => /^#[\d.]+\/[\d.-]+\/[\d.-]+$/.test(location.hash));

    await page.click('[data-testid=claims-panel] button:text-is("Share")');
    await page.locator('[data-testid=claims-panel] [role=status]', { hasText: 'Link copied' }).first().waitFor();
    const shared = await page.evaluate(() => navigator.clipboard.readText());
    expect(shared).toBe(page.url());
    expect(shared.startsWith(`${baseUrl()}/regions/donetsk#`)).toBe(true);

    const card = page.locator(`article[data-claim="${pokrovsk.id}"]`);
    await card.locator('button', { hasText: 'Copy link to this claim' }).click();
    await card.locator('[role=status]', { hasText: 'Link copied' }).waitFor();
    const claimLink = await page.evaluate(() => navigator.clipboard.readText());
    expect(claimLink).toBe(`${baseUrl()}/regions/donetsk?claim=${pokrovsk.id}`);

    const recipient = await context.newPage();
    await gotoAndWaitForMap(recipient, claimLink);
    await recipient.waitForFunction((id) => {
      const c = document.querySelector(`article[data-claim="${id}"]`);
      return c !== null && /0px 0px 0px 2px/.test(getComputedStyle(c).boxShadow);
    }, pokrovsk.id);
    expect(await claimCardState(recipient, pokrovsk.id)).toEqual({ ringed: true, inView: true, pageShifted: [] });
  });
});
