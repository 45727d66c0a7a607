// `npx tsx scripts/polish-screenshots.ts [--out DIR] [--base URL]`: the pictures of issue 15 (what a
// first-time reader trips over), with the shipped corpus, on a desktop (1280×800) and a phone
// (390×844): the home page, Donetsk, the phone's sheet at peek, half and full (dragged there),
// the phone's credits opened, an exported map view (the downloaded PNG itself) and an article
// opened from a quote (on the phone, the seed article, which has no sidecar). Starts the last production build on seeds/ unless --base names a server.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, phone, screenshotSession, screenshotTo } from './support/screenshots';

const { values } = parseArgs({ options: { out: { type: 'string' }, base: { type: 'string' } } });
const OUT = path.resolve(values.out ?? path.join(__dirname, '..', 'docs', 'polish'));

const DEVICES: Record<'desktop' | 'phone', BrowserContextOptions> = { desktop: DESKTOP, phone: phone(2) };

type Device = keyof typeof DEVICES;

async function open(browser: Browser, device: Device, url: string): Promise<Page> {
  const page = await (await browser.newContext({ ...DEVICES[device], acceptDownloads: true })).newPage();
  await page.goto(url);
  await mapIdle(page);
  return page;
}

async function mapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const w = window as unknown as { __mapIdle?: boolean; __claimsMap?: { isMoving(): boolean } };
    return w.__mapIdle === true && w.__claimsMap?.isMoving() === false;
  }, undefined, { timeout: 60_000, polling: 100 });
  await page.waitForTimeout(400);
}

async function shoot(page: Page, name: string): Promise<void> {
  await screenshotTo(page, path.join(OUT, name));
}

/** The sheet settled in `state` (its transition over). */
async function sheetAt(page: Page, state: string): Promise<void> {
  await page.waitForFunction((s) => {
    const el = document.querySelector('aside[data-sheet]') as HTMLElement;
    return el.dataset.sheet === s && el.getAnimations().length === 0;
  }, state);
}

/** Drags the sheet's handle by `dy` CSS pixels with a finger (touch events, as a phone sends them). */
async function dragHandle(page: Page, dy: number): Promise<void> {
  const box = (await page.locator('aside[data-sheet] > button').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 12; i += 1) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + (dy * i) / 12 }] });
    await page.waitForTimeout(30);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

async function exportMapView(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name: 'Export map view' });
  await button.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = path.join(OUT, name);
  copyFileSync(await download.path(), file);
  console.log(`${file} (saved as ${download.suggestedFilename()})`);
}

/** "Read in context" of the claim that sets the colour (a corpus article, with its sidecar). */
async function readInContext(page: Page): Promise<void> {
  const link = page.getByTestId('standing-claims').getByRole('link', { name: /Read in context/ }).first();
  await link.scrollIntoViewIfNeeded();
  await Promise.all([page.waitForURL(/\/documents\//), link.click()]);
  await page.locator('mark#quote').waitFor();
  await page.waitForTimeout(300);
}

/** The seed article (no sidecar: no publisher, no date) at one of its Donetsk quotes, with the way back to this view. */
async function openSeedArticle(page: Page, base: string): Promise<void> {
  const body = (await (await fetch(`${base}/api/regions/donetsk/claims?limit=100`)).json()) as { claims: { quote: { document: string; start: number; end: number } }[] };
  const q = body.claims.find((c) => c.quote.document === '000_dcd564552b84d477')!.quote;
  const back = await page.evaluate(() => `${location.pathname}${location.search}${location.hash}`);
  await page.goto(`${base}/documents/${q.document}?start=${q.start}&end=${q.end}&back=${encodeURIComponent(back)}#quote`);
  await page.locator('mark#quote').waitFor();
  await page.waitForTimeout(300);
}

screenshotSession('polish-screenshots', { base: values.base, out: OUT }, async (browser, base) => {
  // Desktop: the home page, Donetsk, its exported map view, an article and its way back.
  let page = await open(browser, 'desktop', `${base}/`);
  await shoot(page, 'desktop-home.png');
  await page.context().close();
  page = await open(browser, 'desktop', `${base}/regions/donetsk`);
  await shoot(page, 'desktop-region-donetsk.png');
  await exportMapView(page, 'desktop-export-map-view.png');
  await readInContext(page);
  await shoot(page, 'desktop-article-quote.png');
  // Its top: the way back to the map, the title and the byline.
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, 'desktop-article.png');
  await page.context().close();

  // Phone: the home page (sheet at peek), Donetsk at half, dragged to full and to peek.
  page = await open(browser, 'phone', `${base}/`);
  await shoot(page, 'phone-home.png');
  await page.context().close();
  page = await open(browser, 'phone', `${base}/regions/donetsk`);
  await sheetAt(page, 'half');
  await shoot(page, 'phone-sheet-half.png');
  await dragHandle(page, -260);
  await sheetAt(page, 'full');
  await shoot(page, 'phone-sheet-full.png');
  await dragHandle(page, 460);
  await sheetAt(page, 'peek');
  await mapIdle(page);
  await shoot(page, 'phone-sheet-peek.png');
  // The credits, opened by their i button, beside the zoom buttons.
  await page.tap('.maplibregl-ctrl-attrib-button');
  await page.waitForTimeout(200);
  await shoot(page, 'phone-credits-open.png');
  await page.tap('.maplibregl-ctrl-attrib-button');
  // Back at half height, the map view exported from the sheet: what is seen above it.
  await page.tap('aside[data-sheet] > button');
  await sheetAt(page, 'half');
  await mapIdle(page);
  await exportMapView(page, 'phone-export-map-view.png');
  await openSeedArticle(page, base);
  await shoot(page, 'phone-article-quote.png');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, 'phone-article.png');
  await page.context().close();
});
