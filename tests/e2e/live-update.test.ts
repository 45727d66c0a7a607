// An open page follows the data: with the map open in Chromium, an article added to the seeds
// (and then removed) changes the region list, the sources count and the map's colours on the page,
// without a reload or a server restart.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { addMain } from '../../scripts/add';
import { gotoAndWaitForMap, launchBrowser, screenshot } from '../support/browser';
import { FIXTURE_SEEDS } from '../support/global-setup';
import { startServer, stopServer, type RunningServer } from '../support/server';

jest.setTimeout(60_000);

let server: RunningServer;
let browser: Browser;
let seeds: string;

beforeAll(async () => {
  seeds = mkdtempSync(path.join(tmpdir(), 'live-page-seeds-'));
  cpSync(FIXTURE_SEEDS, seeds, { recursive: true });
  [server, browser] = await Promise.all([
    startServer({ env: { CLAIMS_SEEDS_DIR: seeds, CLAIMS_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'live-page-cache-')) } }),
    launchBrowser(),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stopServer(server);
  rmSync(seeds, { recursive: true, force: true });
});

test('adding and removing an article changes the open page: list, sources and map colour', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: server.baseUrl });
  const page = await context.newPage();
  await gotoAndWaitForMap(page, '/');
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  const kherson = page.locator('a[data-region="kherson"]');
  const sources = page.locator('#sources-heading');
  const before = await kherson.innerText();
  expect(await sources.textContent()).toMatch(/9 articles/);
  // The map colours each region by the status in its feature-state (set from the data it shows).
  const mapColour = () => page.evaluate(() => window.__claimsMap!.getFeatureState({ source: 'regions', id: 'kherson' }).statusKey);
  expect(await mapColour()).not.toBe('ukraine');

  const article = path.join(mkdtempSync(path.join(tmpdir(), 'article-')), 'general-staff.txt');
  writeFileSync(article, 'Ukrainian forces now control all of the Kherson region, the General Staff of Ukraine said on Friday.\n');
  expect(addMain([article, '--title', 'Kherson', '--publisher', 'Example Wire', '--published', '2022-11-11', '--seeds', seeds], { stdout: () => undefined, stderr: () => undefined })).toBe(0);

  await sources.filter({ hasText: '10 articles' }).waitFor({ timeout: 10_000 });
  await kherson.filter({ hasText: 'The General Staff of Ukraine said that Ukraine controls all of Kherson' }).waitFor({ timeout: 10_000 });
  await page.waitForFunction(
    () => window.__claimsMap!.getFeatureState({ source: 'regions', id: 'kherson' }).statusKey === 'ukraine',
    undefined,
    { timeout: 10_000 },
  );
  await screenshot(page, 'desktop-live-update.png');
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

  rmSync(path.join(seeds, 'general-staff.txt'));
  await sources.filter({ hasText: '9 articles' }).waitFor({ timeout: 10_000 });
  await page.waitForFunction((text) => document.querySelector('a[data-region="kherson"]')?.textContent === text, before.replace(/\n/g, ''), { timeout: 10_000 }).catch(async () => {
    expect(await kherson.innerText()).toBe(before);
  });
  await context.close();
});
