// Issue 15, the time control, end to end in Debian's Chromium: moving through time recolours the
// map and follows in the URL, by pointer and by keyboard; a link with ?asOf= opens that day; where
// the two sides' newest claims disagree (the fixture's Luhansk pair: Moscow says all of it on
// 20 May 2022, Kyiv says it still holds part on 21 May) the region is disputed, on the map, in the
// list, the legend and the panel; "Read in context" and Back return to the same region, claim and
// day; and the control fits a phone. Few page loads: each test walks one page through its steps.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LEGEND_ORDER, PALETTE } from '@/lib/presentation/palette';
import type { RegionCollection, RegionFeature } from '@/lib/presentation/region-view';
import { blend, colourDistance, hexToRgb, launchBrowser, newPage, sampleRegionColour, screenshot, type DeviceName } from '../support/browser';
import { fetchRegions, regionBySlug } from '../support/regions';

jest.setTimeout(60_000);

let browser: Browser;
const open: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
});

const BEFORE = '2022-05-19';
const MOSCOW = '2022-05-20';
const KYIV = '2022-05-21';

async function regionsAsOf(asOf: string | null): Promise<RegionCollection> {
  const res = await fetch(`${process.env.TEST_BASE_URL}/api/regions?detail=low${asOf ? `&asOf=${asOf}` : ''}`);
  return (await res.json()) as RegionCollection;
}

/** Opens a page and waits until the map has drawn the regions as of `asOf` (null: the present). */
async function openAt(device: DeviceName, url: string, asOf: string | null): Promise<Page> {
  const { context, page } = await newPage(browser, device);
  open.push(context);
  await page.goto(url);
  await mapShows(page, asOf);
  return page;
}

/** Waits until the map is idle with the regions as of `asOf` drawn. */
async function mapShows(page: Page, asOf: string | null): Promise<void> {
  await page.waitForFunction((d) => window.__mapIdle === true && window.__mapAsOf === d && window.__claimsMap?.isMoving() === false, asOf, { timeout: 30_000, polling: 50 });
}

const drawnStatus = (page: Page, slug: string) => page.evaluate((s) => window.__claimsMap!.getFeatureState({ source: 'regions', id: s }).statusKey as string, slug);

/** The colour the canvas shows in a region is its status's fill (nearest of every palette colour). */
async function paintedStatus(page: Page, region: RegionFeature): Promise<string> {
  const background = hexToRgb(await page.evaluate(() => window.__claimsMap!.getPaintProperty('background', 'background-color') as string));
  const expectedFor = (key: (typeof LEGEND_ORDER)[number]) => blend(hexToRgb(PALETTE[key].fill), background, 0.88);
  const { rgb } = await sampleRegionColour(page, region.properties.slug, region.properties.label);
  return LEGEND_ORDER.reduce((a, b) => (colourDistance(rgb, expectedFor(b)) < colourDistance(rgb, expectedFor(a)) ? b : a));
}

const search = (page: Page) => new URL(page.url()).searchParams;

test('the slider moves the map through time by keyboard: colours, label, spoken value and URL follow; Luhansk turns disputed', async () => {
  const [before, moscow, now] = await Promise.all([regionsAsOf(BEFORE), regionsAsOf(MOSCOW), regionsAsOf(null)]);
  expect(regionBySlug(before, 'luhansk').properties.status.key).toBe('russia-part');
  expect(regionBySlug(moscow, 'luhansk').properties.status.key).toBe('disputed');
  const luhansk = regionBySlug(now, 'luhansk');

  const page = await openAt('desktop', `/?asOf=${BEFORE}`, BEFORE);
  const slider = page.getByTestId('as-of-slider');
  expect(await page.getByTestId('as-of-label').innerText()).toBe('As reported up to 19 May 2022');
  expect(await slider.getAttribute('aria-valuetext')).toMatch(/^19 May 2022/);
  expect(await drawnStatus(page, 'luhansk')).toBe('russia-part');
  expect(await paintedStatus(page, luhansk)).toBe('russia-part');
  await screenshot(page, 'time-desktop-before.png');

  // Page Up: the next day an article was published, Moscow's claim.
  await slider.focus();
  await page.keyboard.press('PageUp');
  await mapShows(page, MOSCOW);
  expect(await page.getByTestId('as-of-label').innerText()).toMatch(/^As reported up to 20 May 2022/);
  expect(await slider.getAttribute('aria-valuetext')).toMatch(/^20 May 2022: 1 article published that day/);
  expect(await drawnStatus(page, 'luhansk')).toBe('disputed');
  expect(await paintedStatus(page, luhansk)).toBe('disputed');
  await page.waitForFunction((d) => new URLSearchParams(location.search).get('asOf') === d, MOSCOW);
  expect(new URL(page.url()).pathname).toBe('/');
  // The list, the legend and the sentence say so in words.
  const entry = page.locator('a[data-region="luhansk"]');
  expect(await entry.getAttribute('data-status')).toBe('disputed');
  expect(await entry.innerText()).toMatch(/Disputed: the sources disagree\. .*\(20 May 2022\)/);
  const disputedLegend = page.locator('[data-legend-key="disputed"]');
  expect(await disputedLegend.innerText()).toBe(PALETTE.disputed.label);
  expect(await disputedLegend.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(100, 116, 139)');
  await screenshot(page, 'time-desktop-disputed.png');

  // Arrow keys step a day; Home is the first day (nothing said yet); End is today, which leaves the URL.
  await page.keyboard.press('ArrowRight');
  await mapShows(page, KYIV);
  await page.keyboard.press('Home');
  const first = (await (await fetch(`${process.env.TEST_BASE_URL}/api/timeline`)).json()) as { first: string };
  await mapShows(page, first.first);
  expect(await drawnStatus(page, 'donetsk')).toBe('no-claims');
  await page.keyboard.press('End');
  await mapShows(page, null);
  expect(await page.getByTestId('as-of-label').innerText()).toMatch(/^As reported up to today/);
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('asOf'));
  expect(await drawnStatus(page, 'luhansk')).toBe(luhansk.properties.status.key);
});

test('a link with ?asOf= and ?claim= reopens the day, the region and the claim; "Read in context" and Back return to them', async () => {
  const moscow = regionBySlug(await regionsAsOf(MOSCOW), 'luhansk').properties.status;
  const russian = moscow.sides.find((s) => s.side === 'russia')!;
  const url = `/regions/luhansk?asOf=${MOSCOW}&claim=${russian.claimId}#6.50/48.6000/39.0000`;
  const page = await openAt('desktop', url, MOSCOW);
  const panel = page.getByTestId('claims-panel');
  expect(await panel.getAttribute('data-status')).toBe('disputed');
  expect(await page.getByTestId('status-sentence').innerText()).toBe(moscow.sentence);
  // Both sides' newest control claims side by side, each marked with its side and date.
  const standing = page.getByTestId('standing-claims');
  expect(await standing.getAttribute('data-disputed')).toBe('true');
  const badges = await standing.getByTestId('claim-badge').allInnerTexts();
  expect(badges).toEqual(expect.arrayContaining([expect.stringMatching(/^Russian side: newest control claim · 20 May 2022$/), expect.stringMatching(/^Ukrainian side: newest control claim · \d+ \w+ 2022$/)]));
  // The linked claim is ringed; the slider and the map are at the day; the map at the linked view.
  await page.waitForFunction((id) => /0px 0px 0px 2px/.test(getComputedStyle(document.querySelector(`article[data-claim="${id}"]`)!).boxShadow), russian.claimId);
  expect(await page.getByTestId('as-of-date').inputValue()).toBe(MOSCOW);
  expect(await page.evaluate(() => window.__claimsMap!.getZoom())).toBeCloseTo(6.5, 1);
  await screenshot(page, 'time-desktop-disputed-panel.png');

  // The ledger: grouped by the side that says so; filtering to one side keeps only its claims.
  const groups = () => page.getByTestId('claim-list').locator('h4').allInnerTexts();
  expect((await groups()).map((t) => t.replace(/ \(\d+\)$/, ''))).toEqual(['Russian side', 'Ukrainian side', 'Other sources']);
  const ukrainian = (await (await fetch(`${process.env.TEST_BASE_URL}/api/regions/luhansk/claims?asOf=${MOSCOW}&by=ukraine&limit=100`)).json()) as { claims: { id: string }[] };
  await page.getByRole('group', { name: 'Said by' }).getByRole('button', { name: 'Ukrainian side' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=claim-list]').length === 1);
  const list = page.getByTestId('claim-list');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=claim-list] article').length === n, ukrainian.claims.length);
  expect(await list.locator('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-claim')))).toEqual(ukrainian.claims.map((c) => c.id));

  // "Read in context" writes the claim and the day into the URL and into the article's Back link.
  const card = page.locator(`article[data-claim="${russian.claimId}"]`).first();
  // Reached by the keyboard (or opened in a new tab, or copied), the link already carries the map view.
  const readInContext = card.getByRole('link', { name: /Read in context/ });
  await readInContext.focus();
  expect(new URL((await readInContext.getAttribute('href'))!, 'http://x').searchParams.get('back')).toBe(`/regions/luhansk?asOf=${MOSCOW}&claim=${russian.claimId}#6.50/48.6000/39.0000`);
  await Promise.all([page.waitForURL(/\/documents\//), readInContext.click()]);
  const back = await page.getByTestId('back-to-map').getAttribute('href');
  expect(back).toBe(`/regions/luhansk?asOf=${MOSCOW}&claim=${russian.claimId}#6.50/48.6000/39.0000`);
  await page.goBack();
  await page.waitForURL((u) => u.pathname === '/regions/luhansk' && u.searchParams.get('asOf') === MOSCOW && u.searchParams.get('claim') === russian.claimId);
  await page.getByTestId('standing-claims').waitFor();
  expect(await page.getByTestId('claims-panel').getAttribute('data-status')).toBe('disputed');
});

test('on a phone the time control fits above the map without covering its controls, with 44 px targets, and a tap moves the day', async () => {
  const page = await openAt('phone', `/regions/luhansk?asOf=${BEFORE}`, BEFORE);
  const bar = (await page.getByTestId('time-control').boundingBox())!;
  const zoom = (await page.locator('.maplibregl-ctrl-group').boundingBox())!;
  const map = (await page.getByTestId('map').boundingBox())!;
  expect(bar.y + bar.height).toBeLessThanOrEqual(map.y + 1);
  expect(zoom.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  const small: string[] = [];
  for (const el of await page.getByTestId('time-control').locator('button, input').all()) {
    const box = (await el.boundingBox())!;
    if (box.height < 44 || box.width < 44) small.push(`${await el.evaluate((e) => e.outerHTML.slice(0, 60))}: ${box.width}×${box.height}`);
  }
  expect(small).toEqual([]);
  await screenshot(page, 'time-phone-before.png');
  await page.getByRole('button', { name: /^Next publication day: 20 May 2022$/ }).tap();
  await mapShows(page, MOSCOW);
  expect(await drawnStatus(page, 'luhansk')).toBe('disputed');
  expect(await page.getByTestId('claims-panel').getAttribute('data-status')).toBe('disputed');
  await page.waitForFunction((d) => new URLSearchParams(location.search).get('asOf') === d, MOSCOW);
  await screenshot(page, 'time-phone-disputed.png');
});
