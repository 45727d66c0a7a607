// Shared end-to-end helpers: one Debian Chromium per test file (launch is the slow part on two
// cores), a fresh context per test (cookies, storage and permissions never leak between tests),
// the desktop and phone devices the issues name, and waits on the map's own idle hook.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type LaunchOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
export const DEVICES = { desktop: DESKTOP, phone: PHONE } as const;
export type DeviceName = keyof typeof DEVICES;

export const SCREENSHOTS = path.resolve(__dirname, '..', 'e2e', '__screenshots__');

/**
 * How long a page may take to draw its map before a test calls it broken. Measured: ~4 s (desktop)
 * and ~5 s (phone, 3× pixels) in software WebGL on an idle 2-core machine, and twice that while a
 * second test file runs beside it; the bench, not this, holds the speed target.
 */
export const MAP_IDLE_TIMEOUT = 30_000;

export const baseUrl = (): string => {
  const url = process.env.TEST_BASE_URL;
  if (!url) throw new Error('TEST_BASE_URL is not set: run the e2e tests through the jest `server` project');
  return url;
};

export function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, ...options });
}

/** Errors the page threw or logged, so a test can assert the app ran cleanly. */
export interface PageProblems {
  errors: string[];
}

export async function newPage(browser: Browser, device: DeviceName | BrowserContextOptions, extra: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const options = typeof device === 'string' ? DEVICES[device] : device;
  const context = await browser.newContext({ ...options, ...extra, baseURL: baseUrl() });
  const page = await context.newPage();
  const problems: PageProblems = { errors: [] };
  page.on('pageerror', (e) => problems.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.errors.push(`console.error: ${m.text()}`);
  });
  return { context, page, problems };
}

/** Waits until the map has drawn its data and stopped moving (window.__mapIdle, set on MapLibre's idle). */
export async function waitForMapIdle(page: Page, timeout = MAP_IDLE_TIMEOUT): Promise<void> {
  await page.waitForFunction(() => window.__mapIdle === true && window.__claimsMap?.isMoving() === false, undefined, { timeout, polling: 50 });
}

/** Navigates and waits for the map to be idle; returns the milliseconds from navigation to idle. */
export async function gotoAndWaitForMap(page: Page, url: string): Promise<number> {
  const started = Date.now();
  await page.goto(url);
  await waitForMapIdle(page);
  return Date.now() - started;
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, name);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  return file;
}

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
  /** [west, south, east, north] of what the canvas shows. */
  bounds: [number, number, number, number];
}

export async function mapView(page: Page): Promise<MapView> {
  return page.evaluate(() => {
    const map = window.__claimsMap!;
    const c = map.getCenter();
    const b = map.getBounds();
    return { zoom: map.getZoom(), lat: c.lat, lon: c.lng, bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [number, number, number, number] };
  });
}

/** A lon/lat projected to CSS pixels relative to the page (map canvas offset included). */
export async function projectToPage(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([lon, lat]) => {
    const map = window.__claimsMap!;
    const p = map.project([lon, lat]);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lonLat);
}

/**
 * The map canvas's own colour around a region's label point. Samples points on a ring around the
 * label (the label text itself and locality markers sit on the point), keeps those MapLibre says
 * are inside the region's fill and clear of symbols and circles, and returns the most common
 * colour there (the hatch stripes are the minority of a hatched fill).
 */
export async function sampleRegionColour(page: Page, slug: string, labelPoint: [number, number]): Promise<{ rgb: [number, number, number]; samples: number }> {
  return page.evaluate(
    ({ slug, labelPoint }) => {
      const map = window.__claimsMap!;
      const gl = map.getCanvas();
      const ratio = gl.width / gl.clientWidth;
      const copy = document.createElement('canvas');
      copy.width = gl.width;
      copy.height = gl.height;
      const ctx = copy.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(gl, 0, 0);
      const centre = map.project(labelPoint as [number, number]);
      const counts = new Map<string, number>();
      let samples = 0;
      for (const radius of [14, 20, 26, 34, 42]) {
        for (let i = 0; i < 24; i += 1) {
          const a = (i / 24) * 2 * Math.PI;
          const x = centre.x + radius * Math.cos(a);
          const y = centre.y + radius * Math.sin(a);
          if (x < 4 || y < 4 || x > gl.clientWidth - 4 || y > gl.clientHeight - 4) continue;
          const here = map.queryRenderedFeatures([x, y], { layers: ['region-fill'] });
          if (here.length !== 1 || here[0].properties.slug !== slug) continue;
          const near = map.queryRenderedFeatures(
            [
              [x - 6, y - 6],
              [x + 6, y + 6],
            ],
            { layers: ['region-label', 'place-circle', 'place-label', 'region-outline'] },
          );
          if (near.length > 0) continue;
          const px = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
          // Quantise a little so antialiasing does not split one colour into many.
          const key = [px[0], px[1], px[2]].map((v) => Math.round(v / 4) * 4).join(',');
          counts.set(key, (counts.get(key) ?? 0) + 1);
          samples += 1;
        }
      }
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
      const rgb = (best ? best[0].split(',').map(Number) : [0, 0, 0]) as [number, number, number];
      return { rgb, samples };
    },
    { slug, labelPoint },
  );
}

export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

/** `over` drawn with `alpha` on `under`, as the canvas composites a translucent fill. */
export function blend(over: [number, number, number], under: [number, number, number], alpha: number): [number, number, number] {
  return over.map((v, i) => Math.round(v * alpha + under[i] * (1 - alpha))) as [number, number, number];
}

export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/**
 * A finger drag in `steps` moves `stepMs` apart, as touch events (Chromium turns them into the
 * pointer events the app listens to); playwright-core has taps but no touch drag.
 */
export async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, options: { steps?: number; stepMs?: number } = {}): Promise<void> {
  const { steps = 10, stepMs = 16 } = options;
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    for (let i = 1; i <= steps; i += 1) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }] });
      if (stepMs) await page.waitForTimeout(stepMs);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}
