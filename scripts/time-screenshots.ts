// `npx tsx scripts/time-screenshots.ts [--out DIR] [--base URL] [--disputed-base URL]`: the time
// control's pictures (docs/time/), with the shipped corpus: the home page on a desktop (1280×800)
// and a phone (390×844) as reported up to 20 Feb, 15 Apr and 30 Jun 2022 and today; the slider
// focused; and a disputed region's panel. The corpus alone never makes a region disputed, so that
// picture comes from a server (--disputed-base) that reads the corpus plus the tests' disagreeing
// pair about Luhansk (tests/fixtures/seeds/disputed/); without it that picture is skipped.
// Starts the last production build on the corpus unless --base names a running server.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, phone, screenshotSession, screenshotTo } from './support/screenshots';

const { values } = parseArgs({ options: { out: { type: 'string' }, base: { type: 'string' }, 'disputed-base': { type: 'string' } } });
const OUT = path.resolve(values.out ?? path.join(__dirname, '..', 'docs', 'time'));

const DEVICES: Record<string, BrowserContextOptions> = { desktop: DESKTOP, phone: phone(2) };
const DAYS = ['2022-02-20', '2022-04-15', '2022-06-30', null];

async function open(browser: Browser, device: string, url: string, asOf: string | null): Promise<Page> {
  const page = await (await browser.newContext(DEVICES[device])).newPage();
  await page.goto(url);
  await page.waitForFunction((d) => {
    const w = window as unknown as { __mapIdle?: boolean; __mapAsOf?: string | null };
    return w.__mapIdle === true && w.__mapAsOf === d;
  }, asOf, { timeout: 60_000 });
  await page.waitForTimeout(600);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await screenshotTo(page, path.join(OUT, name));
  await page.context().close();
}

screenshotSession('time-screenshots', { base: values.base, out: OUT }, async (browser, base) => {
  for (const device of Object.keys(DEVICES)) {
    for (const day of DAYS) {
      const page = await open(browser, device, day ? `${base}/?asOf=${day}` : `${base}/`, day);
      await shoot(page, `${device}-${day ?? 'today'}.png`);
    }
    // The slider focused from the keyboard (its focus ring), one publication day back from today.
    const page = await open(browser, device, `${base}/regions/donetsk?asOf=2022-04-15`, '2022-04-15');
    await page.getByTestId('as-of-slider').focus();
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('asOf') !== '2022-04-15');
    await page.waitForFunction(() => (window as unknown as { __mapIdle?: boolean }).__mapIdle === true);
    await page.waitForTimeout(600);
    await shoot(page, `${device}-slider-focused.png`);
    if (values['disputed-base']) {
      const disputed = await open(browser, device, `${values['disputed-base']}/regions/luhansk`, null);
      // The sentence and the two sides' claims side by side; on a phone, in the sheet raised full.
      if (device === 'phone') {
        await disputed.tap('aside[data-sheet] > button');
        await disputed.waitForFunction(() => (document.querySelector('aside[data-sheet]') as HTMLElement).getAnimations().length === 0);
      }
      await disputed.evaluate(() => document.querySelector('[data-testid=status-sentence]')?.scrollIntoView({ block: 'start' }));
      await disputed.waitForTimeout(300);
      await shoot(disputed, `${device}-disputed-luhansk.png`);
    }
  }
});
