// /check end to end: paste the seed article and see its claim sentences marked, its claims listed
// and the oblasts coloured, on a desktop (with the keyboard) and on a phone; markup in a pasted
// text is shown as text and never runs; axe finds nothing serious. One page per device.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newPage } from '../support/browser';

jest.setTimeout(60_000);

const SEED = readFileSync(path.join(__dirname, '..', 'fixtures', 'seeds', '000_dcd564552b84d477.txt'), 'utf8');
const HOSTILE =
  'Kyiv Post staff\n' +
  'CNN reported that Russia controls all of Luhansk <script>window.__pwned = 1</script> and parts of Donetsk <img src=x onerror="window.__pwned=2">.\n';

let browser: Browser;
let seedQuotes: string[];

beforeAll(async () => {
  // What the page must mark: the API's quotes for the same text (asked as a client of its own).
  const res = await fetch(`${baseUrl()}/api/extract`, { method: 'POST', body: SEED, headers: { 'content-type': 'text/plain', 'x-forwarded-for': '2001:db8:c4ec::1' } });
  const body = (await res.json()) as { claims: { quote: { text: string } }[] };
  seedQuotes = [...new Set(body.claims.map((c) => c.quote.text))];
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Each marked sentence's text (its number badge left out), in order. */
function markedSentences(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid=marked-text] mark')].map((m) =>
      [...m.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(''),
    ),
  );
}

test('on a desktop, with the keyboard: the seed article’s claim sentences are marked, its claims listed, the oblasts coloured; then hostile text stays text', async () => {
  const { context, page, problems } = await newPage(browser, 'desktop');
  const response = await page.goto('/check');
  expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(await seriousViolations(page)).toEqual([]);

  await page.fill('#check-text', SEED);
  await page.fill('input[type=date]', '2025-11-27');
  // The date field's parts take a Tab each, so start from the button after it.
  await page.getByRole('button', { name: 'Open a .txt file' }).focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Find claims');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=marked-text]').waitFor();

  expect(await markedSentences(page)).toEqual(seedQuotes);
  await page.waitForFunction(() => document.activeElement?.id === 'text-heading');
  const cards = page.locator('li[data-claim]');
  expect(await cards.count()).toBeGreaterThan(10);
  await expect(cards.first().textContent()).resolves.toMatch(/Who says so.*Date.*2025-11-27.*Rule.*Confidence/s);
  expect(await page.locator('[data-region=luhansk]').getAttribute('data-status')).toBe('russia-all');
  expect(await page.locator('[data-region=kherson]').getAttribute('data-status')).toBe('russia-part');
  // A sentence's number leads to its claims, a claim's number back to its sentence.
  await page.locator('mark#sentence-2 a').click();
  expect(await page.evaluate(() => location.hash)).toMatch(/^#claim-c-[0-9a-f]{16}$/);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Edit text' }).click();
  await page.fill('#check-text', HOSTILE);
  await page.getByRole('button', { name: 'Find claims' }).click();
  await page.locator('[data-testid=marked-text] mark', { hasText: '<script>' }).waitFor();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('[data-testid=marked-text] img, [data-testid=marked-text] script').count()).toBe(0);
  expect(await page.locator('[data-testid=marked-text]').textContent()).toContain('<img src=x onerror="window.__pwned=2">');

  // A .txt file dropped onto the text box is read and checked at once.
  await page.getByRole('button', { name: 'Edit text' }).click();
  const drop = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'article.txt', { type: 'text/plain' }));
    return data;
  }, SEED);
  await page.dispatchEvent('#check-text', 'drop', { dataTransfer: drop });
  await page.locator('mark#sentence-4').waitFor();
  expect(await markedSentences(page)).toEqual(seedQuotes);
  expect(problems.errors).toEqual([]);
  await context.close();
});

test('on a phone: pasting and tapping Find claims marks the sentences in a page that fits the screen, with the claims a tap away', async () => {
  const { context, page, problems } = await newPage(browser, 'phone');
  await page.goto('/check');
  await page.fill('#check-text', SEED);
  await page.getByRole('button', { name: 'Find claims' }).tap();
  await page.locator('[data-testid=marked-text]').waitFor();
  expect(await markedSentences(page)).toEqual(seedQuotes);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expect(page.locator('mark#sentence-1').isVisible()).resolves.toBe(true);
  await page.getByRole('link', { name: /See the \d+ claims and the map/ }).tap();
  // In view, give or take the fraction of a pixel a scroll at 3 device pixels per CSS pixel leaves.
  await page.waitForFunction(() => {
    const r = document.getElementById('claims-heading')!.getBoundingClientRect();
    return location.hash === '#claims-heading' && r.top > -2 && r.bottom < window.innerHeight + 2;
  });
  expect(await page.locator('li[data-claim]').count()).toBeGreaterThan(10);
  expect(problems.errors).toEqual([]);
  await context.close();
});
