// `npm run screenshots [-- --out DIR] [--base URL]`: the README's pictures, of the app with the
// shipped seeds: the home page and Donetsk's panel on a desktop (1280×800) and a phone (390×844),
// taken in Debian's Chromium once the map is idle, and /check with the seed article checked.
// Starts the last production build unless --base names a running server.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContextOptions } from 'playwright-core';
import { DESKTOP, phone, screenshotSession, screenshotTo } from './support/screenshots';

const { values } = parseArgs({ options: { out: { type: 'string' }, base: { type: 'string' } } });
const OUT = path.resolve(values.out ?? path.join(__dirname, '..', 'docs'));

const DEVICES: Record<string, BrowserContextOptions> = { desktop: DESKTOP, phone: phone(3) };
const PAGES = { home: '/', donetsk: '/regions/donetsk' };

screenshotSession('screenshots', { base: values.base, out: OUT }, async (browser, base) => {
  for (const [device, options] of Object.entries(DEVICES)) {
    for (const [name, url] of Object.entries(PAGES)) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(`${base}${url}`);
      await page.waitForFunction(() => (window as unknown as { __mapIdle?: boolean }).__mapIdle === true, null, { timeout: 30_000 });
      await page.waitForTimeout(800);
      await screenshotTo(page, path.join(OUT, `screenshot-${device}${name === 'home' ? '' : `-${name}`}.png`));
      await context.close();
    }
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${base}/check`);
    await page.fill('#check-text', readFileSync(path.join(__dirname, '..', 'seeds', '000_dcd564552b84d477.txt'), 'utf8'));
    await page.fill('input[type=date]', '2025-11-27');
    await page.getByRole('button', { name: 'Find claims' }).click();
    await page.locator('[data-testid=marked-text]').waitFor();
    await screenshotTo(page, path.join(OUT, `check-${device}.png`));
    await context.close();
  }
});
