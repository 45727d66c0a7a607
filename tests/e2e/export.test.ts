// Exporting images from the dashboard, in Debian's Chromium: the summary card download and the
// map view export. The images made here are kept in __screenshots__/ for a person to look at.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { MAP_IMAGE_HEADER } from '@/components/export/compose-map-image';
import type { ClaimsPageBody } from '@/lib/http/api-types';

jest.setTimeout(90_000);

const SHOTS = path.join(__dirname, '__screenshots__');
const base = () => process.env.TEST_BASE_URL!;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
});
afterAll(async () => {
  await browser?.close();
});

async function openRegion(context: BrowserContext, slug: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base()}/`);
  await page.waitForFunction(() => window.__mapIdle === true, null, { timeout: 30_000 });
  await page.locator(`[data-region="${slug}"]`).first().click();
  await page.getByTestId('export-actions').waitFor();
  return page;
}

/** The browser's own yyyy-mm-dd, which is what names the files. */
function browserDate(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

/** The day the server makes a card on (UTC), which names a card of the present. */
function serverDate(): string {
  return new Date().toISOString().slice(0, 10);
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; image: PNG; file: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), image: PNG.sync.read(readFileSync(file)), file };
}

describe('Download PNG (desktop)', () => {
  let context: BrowserContext;
  let page: Page;
  // One opened panel for the three sizes, as a reader would download them one after another.
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page = await openRegion(context, 'donetsk');
  });
  afterAll(async () => context?.close());

  test.each([
    ['landscape', 1200, 630],
    ['square', 1080, 1080],
    ['story', 1080, 1920],
  ])('saves donetsk-summary-%s-<date>.png, a %i×%i PNG, under its own name', async (size, width, height) => {
    await page.getByTestId('card-size').selectOption(size);
    const { name, image, file } = await download(page, () => page.getByRole('button', { name: /Download PNG/ }).click());
    expect(name).toBe(`donetsk-summary-${size}-${serverDate()}.png`);
    expect([image.width, image.height]).toEqual([width, height]);
    copyFileSync(file, path.join(SHOTS, `donetsk-summary-${size}.png`));
    await page.getByRole('status').filter({ hasText: `Downloaded ${name}` }).waitFor({ timeout: 5000 });
  });
});

describe('Export map view (desktop)', () => {
  test('saves <slug>-map-<date>.png: the map canvas pixel for pixel, framed with title, legend and URL', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await openRegion(context, 'donetsk');
    await page.waitForFunction(() => window.__mapIdle === true);
    // Let the fit-to-region animation finish before capturing what the reader sees.
    await page.waitForTimeout(900);
    const { name, image, file } = await download(page, () => page.getByRole('button', { name: 'Export map view' }).click());
    expect(name).toBe(`donetsk-map-${await browserDate(page)}.png`);
    copyFileSync(file, path.join(SHOTS, 'donetsk-map-desktop.png'));

    // The same canvas, read back in the page now that nothing is moving.
    const onScreen = await page.evaluate(() => {
      const c = window.__claimsMap!.getCanvas();
      return { url: c.toDataURL('image/png'), width: c.width, height: c.height };
    });
    const canvas = PNG.sync.read(Buffer.from(onScreen.url.split(',')[1], 'base64'));
    expect(image.width).toBe(onScreen.width);
    expect(image.height).toBeGreaterThan(onScreen.height + 100);

    // Find where the map sits in the export (below the title band) and compare a grid of pixels.
    const top = MAP_IMAGE_HEADER; // CSS pixels = canvas pixels at this device scale factor of 1
    let same = 0;
    let samples = 0;
    const colours = new Set<number>();
    for (let y = 5; y < onScreen.height; y += 17) {
      for (let x = 5; x < onScreen.width; x += 17) {
        const i = (y * canvas.width + x) * 4;
        const j = ((y + top) * image.width + x) * 4;
        samples += 1;
        if ([0, 1, 2].every((k) => Math.abs(canvas.data[i + k] - image.data[j + k]) <= 2)) same += 1;
        colours.add((image.data[j] << 16) | (image.data[j + 1] << 8) | image.data[j + 2]);
      }
    }
    expect(same / samples).toBeGreaterThan(0.99);
    // Not blank: sea, land, the four regions in their colours, outlines and labels.
    expect(colours.size).toBeGreaterThan(20);
    await context.close();
  });
});

describe('on a phone', () => {
  test('the export controls are 44 px and work from the keyboard; the map view is what is seen above the sheet, with the link that reopens it', async () => {
    // A link with a day, a claim and a map position: the printed URL must give all of it back.
    const page1 = (await (await fetch(`${base()}/api/regions/kherson/claims?limit=20`)).json()) as ClaimsPageBody;
    const claim = page1.claims.find((c) => c.date)!;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base()}/regions/kherson?asOf=${claim.date}&claim=${claim.id}#6.20/46.9000/33.9000`);
    await page.waitForFunction(() => window.__mapIdle === true, null, { timeout: 30_000 });
    await page.getByTestId('export-actions').waitFor();
    for (const control of [page.getByRole('button', { name: /Download PNG/ }), page.getByRole('button', { name: 'Export map view' }), page.getByTestId('card-size')]) {
      await control.scrollIntoViewIfNeeded();
      const box = (await control.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    await page.getByTestId('card-size').selectOption('story');
    await page.getByRole('button', { name: /Download PNG/ }).focus();
    const card = await download(page, () => page.keyboard.press('Enter'));
    expect(card.name).toBe(`kherson-summary-story-${claim.date}.png`);
    expect([card.image.width, card.image.height]).toEqual([1080, 1920]);

    // Every text drawn on the exported image, with its font: the URL is the one bold 12 px text.
    await page.evaluate(() => {
      const drawn: { text: string; font: string }[] = [];
      (window as unknown as { __drawn: typeof drawn }).__drawn = drawn;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, max?: number) {
        drawn.push({ text, font: this.font });
        return max === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, max);
      };
    });
    const geometry = await page.evaluate(() => {
      const canvas = window.__claimsMap!.getCanvas().getBoundingClientRect();
      const sheet = document.querySelector('aside[data-sheet]')!.getBoundingClientRect();
      return { canvasTop: canvas.top, sheetTop: sheet.top, canvasHeight: canvas.height };
    });
    const view = await download(page, () => page.getByRole('button', { name: 'Export map view' }).tap());
    expect(view.name).toBe(`kherson-map-${claim.date}.png`);
    copyFileSync(view.file, path.join(SHOTS, 'kherson-map-phone.png'));
    const printed = (await page.evaluate(() => (window as unknown as { __drawn: { text: string; font: string }[] }).__drawn))
      .filter((d) => /^(700|bold) 12px/.test(d.font))
      .map((d) => d.text)
      .join('');
    expect(printed).toBe(page.url());
    expect(printed).toMatch(new RegExp(`/regions/kherson\\?asOf=${claim.date}&claim=${claim.id}#6\\.20/46\\.9000/33\\.9000$`));

    // The phone's canvas is drawn at 3 device pixels a CSS pixel; the export keeps them, and keeps
    // only the rows above the half-height sheet (it was the whole canvas, the region in its top third).
    const ratio = 3;
    expect(view.image.width).toBe(390 * ratio);
    const onScreen = PNG.sync.read(Buffer.from((await page.evaluate(() => window.__claimsMap!.getCanvas().toDataURL('image/png'))).split(',')[1], 'base64'));
    const visible = Math.round((geometry.sheetTop - geometry.canvasTop) * ratio);
    expect(visible).toBeLessThan(onScreen.height * 0.6);
    const rowMatches = (exportRow: number, canvasRow: number) => {
      let same = 0;
      let samples = 0;
      for (let x = 3; x < onScreen.width; x += 13) {
        const i = (canvasRow * onScreen.width + x) * 4;
        const j = (exportRow * view.image.width + x) * 4;
        samples += 1;
        if ([0, 1, 2].every((k) => Math.abs(onScreen.data[i + k] - view.image.data[j + k]) <= 2)) same += 1;
      }
      return same / samples;
    };
    // Where the map starts in the export (the title may wrap on a phone): the offset at which several
    // rows match the canvas's (one row of plain land would match at many offsets).
    const probes = [4, 90, 180, 270, 360];
    let top = -1;
    for (let y = MAP_IMAGE_HEADER * ratio; y < 200 * ratio && top < 0; y += 1) if (probes.every((r) => rowMatches(y + r, r) > 0.98)) top = y;
    expect(top).toBeGreaterThan(0);
    expect(rowMatches(top + visible - 4, visible - 4)).toBeGreaterThan(0.98);
    // Just past the sheet's top edge the export has left the map: the legend's white band.
    expect(rowMatches(top + visible + 6, visible + 6)).toBeLessThan(0.5);
    expect(view.image.height).toBeLessThan(top + visible + 400 * ratio);
    await context.close();
  });
});
