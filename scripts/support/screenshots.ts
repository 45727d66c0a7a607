// What the screenshot scripts (npm run screenshots, scripts/time-screenshots.ts,
// scripts/polish-screenshots.ts) share: the desktop and phone the issues name, and a session that
// starts the last production build unless a base URL names a running server, launches Debian's
// Chromium, makes the output folder, and closes both however the script ends.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { startServer, stopServer, type RunningServer } from './next-server';

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

/** A 390×844 phone; the scale is the script's choice (3 for the README, 2 keeps the issue pictures small). */
export function phone(deviceScaleFactor: number): BrowserContextOptions {
  return { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor };
}

/** Saves the page as it is now and says where. */
export async function screenshotTo(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: file });
  console.log(file);
}

/** Runs `take` with a browser and the server's address; a failure is one line on stderr and exit code 1. */
export function screenshotSession(name: string, options: { base?: string; out: string }, take: (browser: Browser, base: string) => Promise<void>): void {
  const run = async () => {
    let server: RunningServer | undefined;
    const base = options.base ?? (server = await startServer({ timeoutMs: 60_000 })).baseUrl;
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    mkdirSync(options.out, { recursive: true });
    try {
      await take(browser, base);
    } finally {
      await browser.close();
      await stopServer(server);
    }
  };
  run().catch((error) => {
    console.error(`${name}: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
