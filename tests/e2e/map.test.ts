// Issue 5, end to end in Debian's Chromium: the map as a reader uses it on a laptop (1280×800)
// and on a phone (390×844, touch). Screenshots land in tests/e2e/__screenshots__/ to be looked at.
import AxeBuilder from '@axe-core/playwright';
import bbox from '@turf/bbox';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { HATCH, LEGEND_ORDER, PALETTE } from '@/lib/presentation/palette';
import type { RegionCollection } from '@/lib/presentation/region-view';
import {
  blend,
  colourDistance,
  gotoAndWaitForMap,
  hexToRgb,
  launchBrowser,
  newPage,
  projectToPage,
  sampleRegionColour,
  screenshot,
  touchDrag,
  waitForMapIdle,
  type DeviceName,
  type PageProblems,
} from '../support/browser';
import { donetskSeedClaims, fetchRegions, regionBySlug } from '../support/regions';

type SeedClaims = Awaited<ReturnType<typeof donetskSeedClaims>>;

// Generous: two test files share two cores, and a test may open the map more than once.
jest.setTimeout(60_000);

let browser: Browser;
let regions: RegionCollection;
let seed: SeedClaims;
const open: BrowserContext[] = [];
const idleTimes: Record<DeviceName, number[]> = { desktop: [], phone: [] };

beforeAll(async () => {
  [browser, regions, seed] = await Promise.all([launchBrowser(), fetchRegions(), donetskSeedClaims()]);
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  const show = (ms: number[]) => (ms.length ? `${ms.join(', ')} (median ${[...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]})` : 'none');
  console.log(`navigation → map idle, ms: desktop ${show(idleTimes.desktop)}; phone ${show(idleTimes.phone)}`);
});

/**
 * Opens a page for a test about the page around the map (the list, the panel, the sheet, the
 * keyboard): ready when the region list is there, without waiting for the map to draw, which is
 * most of a test's time in software WebGL.
 */
async function openPage(device: DeviceName, url: string): Promise<{ page: Page; problems: PageProblems }> {
  const { context, page, problems } = await newPage(browser, device);
  open.push(context);
  await page.goto(url);
  // Attached, not visible: on a phone a region's page hides the list while its panel is open.
  await page.locator('nav[aria-label="Regions"] a[data-region]').first().waitFor({ state: 'attached' });
  // Hydrated: the list's links select in place rather than navigate.
  await page.waitForFunction(() => Object.keys(document.querySelector('nav[aria-label="Regions"]')!).some((k) => k.startsWith('__react')));
  return { page, problems };
}

async function openApp(device: DeviceName, url: string, extra = {}): Promise<{ page: Page; problems: PageProblems }> {
  const { context, page, problems } = await newPage(browser, device, extra);
  open.push(context);
  idleTimes[device].push(await gotoAndWaitForMap(page, url));
  return { page, problems };
}

/** A click on a laptop, a tap on a phone: how that reader selects things. */
async function press(page: Page, device: DeviceName, selector: string): Promise<void> {
  if (device === 'phone') await page.tap(selector);
  else await page.click(selector);
}

/** Serious and critical axe violations, named so a failure says what and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

// The regions are filled at this opacity over the style's background (see components/map/map-style.ts).
const FILL_OPACITY = 0.88;
const COLOUR_TOLERANCE = 30;

describe.each<DeviceName>(['desktop', 'phone'])('on a %s', (device) => {
  test('the map draws each oblast in the colour of its reported status', async () => {
    const { page, problems } = await openApp(device, '/');
    await screenshot(page, `${device}-home.png`);
    const background = hexToRgb(await page.evaluate(() => window.__claimsMap!.getPaintProperty('background', 'background-color') as string));
    const expectedFor = (hex: string) => blend(hexToRgb(hex), background, FILL_OPACITY);
    for (const region of regions.features) {
      const { slug, status, label } = region.properties;
      const { rgb, samples } = await sampleRegionColour(page, slug, label);
      const expected = expectedFor(PALETTE[status.key].fill);
      const nearest = LEGEND_ORDER.reduce((a, b) => (colourDistance(rgb, expectedFor(PALETTE[b].fill)) < colourDistance(rgb, expectedFor(PALETTE[a].fill)) ? b : a));
      expect({ slug, enoughSamples: samples >= 8, nearest, closeToExpected: colourDistance(rgb, expected) <= COLOUR_TOLERANCE }).toEqual({
        slug,
        enoughSamples: true,
        nearest: status.key,
        closeToExpected: true,
      });
    }
    expect(problems.errors).toEqual([]);
  });

  test('the four regions are listed as links to their own pages, each with its status sentence', async () => {
    const { page } = await openPage(device, '/');
    const listed = await page.$$eval('nav[aria-label="Regions"] a[data-region]', (links) =>
      links.map((a) => ({ slug: a.getAttribute('data-region'), href: a.getAttribute('href'), text: a.textContent })),
    );
    expect(listed.map((l) => l.slug)).toEqual(['luhansk', 'donetsk', 'kherson', 'zaporizhzhia']);
    for (const l of listed) {
      const region = regionBySlug(regions, l.slug!);
      expect(l.href).toBe(`/regions/${l.slug}`);
      expect(l.text).toContain(region.properties.name);
      expect(l.text).toContain(region.properties.status.sentence);
    }
    for (const l of listed) await expect(page.isVisible(`a[data-region="${l.slug}"]`)).resolves.toBe(true);
  });

  test('the legend explains every colour and the hatch in words', async () => {
    const { page } = await openPage(device, '/');
    const legend = page.locator('section[aria-labelledby="legend-heading"]');
    await legend.scrollIntoViewIfNeeded();
    expect(await legend.isVisible()).toBe(true);
    const text = await legend.innerText();
    for (const key of LEGEND_ORDER) expect(text).toContain(PALETTE[key].label);
    expect(text).toContain(HATCH.label);
    expect(text).toMatch(/not verified ground truth/);
  });

  test('selecting Donetsk in the list opens its panel, without a reload, with the Pokrovsk quote and the CNN attribution', async () => {
    const { pokrovsk, cnnControl } = seed;
    const donetsk = regionBySlug(regions, 'donetsk');
    const { page, problems } = await openApp(device, '/');
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await press(page, device, 'a[data-region="donetsk"]');

    const panel = page.locator('[data-testid=claims-panel]');
    await panel.waitFor();
    expect(new URL(page.url()).pathname).toBe('/regions/donetsk');
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await page.locator('#panel-heading').innerText()).toBe('Donetsk');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-heading');
    expect(await page.locator('[data-testid=status-sentence]').innerText()).toContain(donetsk.properties.status.sentence);
    // The newest dated control claim sets the status, with its date (the undated CNN one is history).
    expect(donetsk.properties.status.sentence).toMatch(/Russia controls parts of Donetsk \(\d{1,2} [A-Z][a-z]{2} \d{4}\)/);

    const pokrovskCard = page.locator(`article[data-claim="${pokrovsk.id}"]`);
    await pokrovskCard.scrollIntoViewIfNeeded();
    expect(await pokrovskCard.isVisible()).toBe(true);
    expect(await pokrovskCard.innerText()).toContain(pokrovsk.quote.text);

    const cnnCard = page.locator(`article[data-claim="${cnnControl.id}"]`);
    const cnnText = await cnnCard.innerText();
    expect(cnnText).toContain(cnnControl.quote.text);
    expect(cnnText).toContain(`CNN (${cnnControl.attribution.verb})`);
    // Each card leads with its date (here none: the seed article is undated), then who said what.
    expect(cnnText).toMatch(/^Date not given\s/);
    expect(await cnnCard.getByTestId('claim-headline').innerText()).toMatch(/^CNN reported that Russia controls parts of Donetsk/);

    await page.locator('#panel-heading').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => window.__claimsMap!.getFeatureState({ source: 'regions', id: 'donetsk' }).selected === true);
    await waitForMapIdle(page);
    await screenshot(page, `${device}-donetsk.png`);
    expect(problems.errors).toEqual([]);
  });

  test('"Read in context" opens the article with the quoted sentence highlighted and in view', async () => {
    const { pokrovsk } = seed;
    const { page } = await openPage(device, '/regions/donetsk');
    const link = page.locator(`article[data-claim="${pokrovsk.id}"] a`, { hasText: 'Read in context' });
    await link.scrollIntoViewIfNeeded();
    await Promise.all([page.waitForURL(/\/documents\//), press(page, device, `article[data-claim="${pokrovsk.id}"] a[href^="/documents/"]`)]);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/documents/${pokrovsk.quote.document}`);
    expect(url.searchParams.get('start')).toBe(String(pokrovsk.quote.start));
    expect(url.searchParams.get('end')).toBe(String(pokrovsk.quote.end));
    const mark = page.locator('mark#quote');
    expect(await mark.innerText()).toBe(pokrovsk.quote.text);
    const inView = await mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await screenshot(page, device === 'desktop' ? 'in-context.png' : 'phone-in-context.png');
  });

  test('selecting a region on the map itself opens its panel', async () => {
    const zaporizhzhia = regionBySlug(regions, 'zaporizhzhia');
    const { page } = await openApp(device, '/');
    const at = await projectToPage(page, zaporizhzhia.properties.label);
    if (device === 'phone') await page.touchscreen.tap(at.x, at.y);
    else await page.mouse.click(at.x, at.y);
    await page.locator('#panel-heading', { hasText: 'Zaporizhzhia' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/regions/zaporizhzhia');
  });

  test('Escape closes the panel, returns to / and puts focus back on the region link', async () => {
    const { page } = await openPage(device, '/');
    await press(page, device, 'a[data-region="kherson"]');
    await page.locator('#panel-heading', { hasText: 'Kherson' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=claims-panel]').waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-region') === 'kherson');
  });

  test.each(['/', '/regions/donetsk'])('axe finds no serious or critical violations on %s', async (url) => {
    // The page with the map's canvas and controls in it (axe reads the DOM, not the drawing).
    const { page } = await openPage(device, url);
    await page.locator('.maplibregl-ctrl-group button').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('on a desktop, with the keyboard and the mouse', () => {
  test('the keyboard alone reaches Donetsk with Tab (visibly focused) and opens it with Enter', async () => {
    const { pokrovsk } = seed;
    const { page } = await openPage('desktop', '/');
    let presses = 0;
    while (presses < 25 && (await page.evaluate(() => document.activeElement?.getAttribute('data-region'))) !== 'donetsk') {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-region'))).toBe('donetsk');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);

    await page.keyboard.press('Enter');
    await page.locator('#panel-heading', { hasText: 'Donetsk' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'panel-heading');
    expect(await page.locator(`article[data-claim="${pokrovsk.id}"]`).innerText()).toContain(pokrovsk.quote.text);
    // From the heading, Tab moves on into the panel (to Close), not back to the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
  });

  test('hovering a quote highlights its region and its place on the map, and leaving clears them', async () => {
    const { pokrovsk } = seed;
    const { page } = await openApp('desktop', '/regions/donetsk');
    const state = () =>
      page.evaluate(() => ({
        region: window.__claimsMap!.getFeatureState({ source: 'regions', id: 'donetsk' }).highlight === true,
        place: window.__claimsMap!.getFeatureState({ source: 'places', id: 'Pokrovsk' }).highlight === true,
      }));
    expect(await state()).toEqual({ region: false, place: false });
    const card = page.locator(`article[data-claim="${pokrovsk.id}"]`);
    await card.scrollIntoViewIfNeeded();
    await card.hover();
    await page.waitForFunction(() => window.__claimsMap!.getFeatureState({ source: 'regions', id: 'donetsk' }).highlight === true);
    expect(await state()).toEqual({ region: true, place: true });
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => window.__claimsMap!.getFeatureState({ source: 'regions', id: 'donetsk' }).highlight === false);
    expect(await state()).toEqual({ region: false, place: false });
  });

  test('selecting the Pokrovsk marker on the map opens its claim', async () => {
    const { pokrovsk } = seed;
    const { page } = await openApp('desktop', '/');
    const at = await projectToPage(page, [pokrovsk.place!.lon, pokrovsk.place!.lat]);
    await page.mouse.click(at.x, at.y);
    await page.waitForURL((u) => u.pathname === '/regions/donetsk' && u.searchParams.get('claim') === pokrovsk.id);
    await page.locator(`article[data-claim="${pokrovsk.id}"]`).waitFor();
  });
});

describe('on a phone', () => {
  test.each(['/', '/regions/donetsk', '/regions/zaporizhzhia'])('%s does not scroll sideways, nor does its sheet', async (url) => {
    const { page } = await openApp('phone', url);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    // The sheet scrolls on its own: a card wider than it would be cut off there, not on the page.
    const sheet = await page.evaluate(() => {
      const s = document.querySelector('aside[data-sheet] > div')!;
      return { scroll: s.scrollWidth, client: s.clientWidth };
    });
    expect(sheet.scroll).toBeLessThanOrEqual(sheet.client);
  });

  test('the article page for "Read in context" does not scroll sideways', async () => {
    const { pokrovsk } = seed;
    const { context, page } = await newPage(browser, 'phone');
    open.push(context);
    await page.goto(`/documents/${pokrovsk.quote.document}?start=${pokrovsk.quote.start}&end=${pokrovsk.quote.end}#quote`);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });

  test('the region list, the sheet handle and the panel buttons are tap targets of at least 44×44 px', async () => {
    const { page } = await openPage('phone', '/');
    const small: string[] = [];
    const measure = async (selector: string) => {
      const boxes = await page.$$eval(selector, (els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40), width: r.width, height: r.height };
        }),
      );
      expect(boxes.length).toBeGreaterThan(0);
      for (const b of boxes) if (b.width < 44 || b.height < 44) small.push(`${selector} "${b.name}": ${b.width.toFixed(1)}×${b.height.toFixed(1)}`);
    };
    // The region list, as the sheet shows it with no region open (with one open, the map above is the list).
    await measure('a[data-region]');
    await page.tap('a[data-region="donetsk"]');
    await page.locator('#panel-heading', { hasText: 'Donetsk' }).waitFor();
    // The full sheet shows the whole panel, so every button can be measured where it is drawn.
    await page.tap('aside[data-sheet] > button');
    await page.tap('aside[data-sheet] > button');
    for (const selector of ['aside[data-sheet] > button', '[data-testid=claims-panel] button', '[data-testid=claims-panel] a']) await measure(selector);
    expect(small).toEqual([]);
  });

  test("the map's zoom buttons are tap targets of at least 44×44 px", async () => {
    const { page } = await openPage('phone', '/');
    await page.locator('.maplibregl-ctrl-group button').first().waitFor();
    const boxes = await page.$$eval('.maplibregl-ctrl-group button', (els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.getAttribute('aria-label') ?? el.className, width: r.width, height: r.height };
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.filter((b) => b.width < 44 || b.height < 44)).toEqual([]);
  });

  test('selecting a region opens the bottom sheet at half height; its handle cycles half → full → peek → half by tap, and a drag settles on the nearest height, the map refitted above it', async () => {
    const { page } = await openPage('phone', '/');
    const sheet = page.locator('aside[data-sheet]');
    expect(await sheet.getAttribute('data-sheet')).toBe('peek');
    await page.tap('a[data-region="donetsk"]');
    await page.locator('#panel-heading', { hasText: 'Donetsk' }).waitFor();

    const viewport = 844;
    // Heights the reader sees, as a share of the screen, once the sheet's transition has ended.
    const settledHeight = async (state: string) => {
      await page.waitForFunction(
        (s) => {
          const el = document.querySelector('aside[data-sheet]') as HTMLElement;
          return el.dataset.sheet === s && el.getAnimations().length === 0;
        },
        state,
      );
      return (await sheet.boundingBox())!.height / viewport;
    };
    const half = await settledHeight('half');
    await screenshot(page, 'phone-sheet-half.png');
    await page.tap('aside[data-sheet] > button');
    const full = await settledHeight('full');
    await screenshot(page, 'phone-sheet-full.png');
    await page.tap('aside[data-sheet] > button');
    const peek = await settledHeight('peek');
    await page.tap('aside[data-sheet] > button');
    const halfAgain = await settledHeight('half');
    expect(peek).toBeLessThan(half);
    expect(half).toBeLessThan(full);
    expect(halfAgain).toBeCloseTo(half, 2);
    expect(full).toBeGreaterThan(0.75);
    expect(peek).toBeGreaterThan(0.15);

    // Dragging the handle: it follows the finger and settles on the nearest height when let go.
    const donetsk = regionBySlug(regions, 'donetsk');
    const [w, south, e, n] = bbox(donetsk) as [number, number, number, number];
    const fitted = async () => {
      await waitForMapIdle(page);
      const top = await projectToPage(page, [w, n]);
      const bottom = await projectToPage(page, [e, south]);
      return { top: top.y, bottom: bottom.y, sheetTop: (await sheet.boundingBox())!.y };
    };
    const atHalf = await fitted();
    const handle = async () => {
      const b = (await page.locator('aside[data-sheet] > button').boundingBox())!;
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    let from = await handle();
    // Slowly up by 30% of the screen (half → 82%): full is nearest.
    await touchDrag(page, from, { x: from.x, y: from.y - 0.3 * viewport }, { steps: 12, stepMs: 30 });
    expect(await settledHeight('full')).toBeCloseTo(full, 2);
    // A quick flick down by 120 px (to 74%, nearer full than half) goes on to half.
    from = await handle();
    await touchDrag(page, from, { x: from.x, y: from.y + 120 }, { steps: 2, stepMs: 0 });
    expect(await settledHeight('half')).toBeCloseTo(half, 2);
    // Slowly down to peek; the drag does not also count as a tap on the handle.
    from = await handle();
    await touchDrag(page, from, { x: from.x, y: from.y + (half - peek) * viewport }, { steps: 10, stepMs: 40 });
    expect(await settledHeight('peek')).toBeCloseTo(peek, 2);
    // With more map showing, Donetsk is fitted again, larger, still whole above the sheet.
    const atPeek = await fitted();
    expect(atPeek.bottom).toBeLessThanOrEqual(atPeek.sheetTop);
    expect(atPeek.bottom - atPeek.top).toBeGreaterThan(atHalf.bottom - atHalf.top);
    await screenshot(page, 'phone-sheet-peek.png');
  });

  test('with the sheet at half height, the selected region is still visible above it', async () => {
    const donetsk = regionBySlug(regions, 'donetsk');
    const { page } = await openApp('phone', '/');
    await page.tap('a[data-region="donetsk"]');
    await page.waitForFunction(() => window.__claimsMap!.getFeatureState({ source: 'regions', id: 'donetsk' }).selected === true);
    await page.waitForFunction(() => (document.querySelector('aside[data-sheet]') as HTMLElement).getAnimations().length === 0);
    await waitForMapIdle(page);
    const label = await projectToPage(page, donetsk.properties.label);
    const sheetTop = (await page.locator('aside[data-sheet]').boundingBox())!.y;
    const mapTop = (await page.locator('[data-testid=map]').boundingBox())!.y;
    expect(label.y).toBeGreaterThan(mapTop);
    expect(label.y).toBeLessThan(sheetTop);
  });
});

describe('on a phone, the fit after a tap', () => {
  test("fits the tapped region's whole bounding box above the half-height sheet", async () => {
    const donetsk = regionBySlug(regions, 'donetsk');
    const { page } = await openApp('phone', '/');
    await page.tap('a[data-region="donetsk"]');
    await page.waitForFunction(() => window.__claimsMap!.getFeatureState({ source: 'regions', id: 'donetsk' }).selected === true);
    await page.waitForFunction(() => (document.querySelector('aside[data-sheet]') as HTMLElement).getAnimations().length === 0);
    await waitForMapIdle(page);
    const [w, s, e, n] = bbox(donetsk) as [number, number, number, number];
    const topLeft = await projectToPage(page, [w, n]);
    const bottomRight = await projectToPage(page, [e, s]);
    const sheetTop = (await page.locator('aside[data-sheet]').boundingBox())!.y;
    const mapTop = (await page.locator('[data-testid=map]').boundingBox())!.y;
    expect({ top: topLeft.y >= mapTop, aboveSheet: bottomRight.y <= sheetTop }).toEqual({ top: true, aboveSheet: true });
  });
});

describe('without WebGL', () => {
  let noGl: Browser;
  beforeAll(async () => {
    noGl = await launchBrowser({ args: ['--disable-webgl', '--disable-3d-apis'] });
  });
  afterAll(async () => {
    await noGl?.close();
  });

  test('the map area says why it cannot draw, and the list and quotes still work', async () => {
    const { pokrovsk } = seed;
    const { context, page } = await newPage(noGl, 'desktop');
    open.push(context);
    await page.goto('/');
    const alert = page.locator('main[aria-label="Map"] [role=alert]');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/WebGL/);
    expect(await alert.innerText()).toMatch(/list and quotes still work/);
    await page.click('a[data-region="donetsk"]');
    const card = page.locator(`article[data-claim="${pokrovsk.id}"]`);
    await card.waitFor();
    expect(await card.innerText()).toContain(pokrovsk.quote.text);
    await screenshot(page, 'no-webgl.png');
  });
});
