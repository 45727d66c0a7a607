// The floor for the map's start (issue 16): a bare page that loads MapLibre from node_modules and
// draws the same context and region GeoJSON the API serves, with the same sources, layer types and
// fonts as the app's embedded style, from static files on the same server. The home page is timed
// against it, interleaved run by run, so what the machine is doing weighs on both alike: the
// difference between the two is what our own page costs before the map is idle.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Browser } from 'playwright-core';
import { embeddedStyle, labelPoints, SOURCES } from '../components/map/map-style';

const MAPLIBRE = path.resolve(__dirname, '..', 'node_modules', 'maplibre-gl', 'dist');
const FILES = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'];

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Map floor</title><link rel="stylesheet" href="/__bench/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div><script type="module" src="/__bench/floor.js"></script></body></html>
`;

// The same sequence as a bare MapLibre app: fetch the style, create the map, fit the regions,
// mark idle. Patterns are left out (a bare page has none to add), the layers that use them too.
const SCRIPT = `import * as maplibregl from '/__bench/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/__bench/maplibre-gl-worker.mjs');
const style = await (await fetch('/__bench/style.json')).json();
const map = new maplibregl.Map({ container: 'map', style, bounds: style.metadata.bounds, fitBoundsOptions: { padding: 24 }, attributionControl: { compact: true } });
map.once('idle', () => { window.__mapIdle = true; });
`;

/** Writes the page and MapLibre's files; they must exist before the server starts to be served from public/. */
export function prepareFloor(staticDir: string): void {
  mkdirSync(staticDir, { recursive: true });
  for (const f of FILES) copyFileSync(path.join(MAPLIBRE, f), path.join(staticDir, f));
  writeFileSync(path.join(staticDir, 'floor.html'), PAGE);
  writeFileSync(path.join(staticDir, 'floor.js'), SCRIPT);
  writeFileSync(path.join(staticDir, 'style.json'), '{}');
}

/** The style with the data the API serves now, inlined the way a static site would ship it. */
export async function fillFloor(base: string, staticDir: string): Promise<void> {
  const [regions, context] = (await Promise.all([fetch(`${base}/api/regions?detail=medium`), fetch(`${base}/api/context`)].map(async (r) => (await r).json()))) as FeatureCollection[];
  const shaped: FeatureCollection = {
    type: 'FeatureCollection',
    features: regions.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { slug: f.properties!.slug, name: f.properties!.name, label: f.properties!.label, statusKey: f.properties!.status.key } })),
  };
  const style = embeddedStyle(base, {
    [SOURCES.regions]: shaped,
    [SOURCES.regionLabels]: labelPoints(shaped),
    [SOURCES.context]: context,
    [SOURCES.contextLabels]: labelPoints(context),
  });
  const layers = style.layers.filter((l) => !('paint' in l && l.paint && Object.keys(l.paint).some((k) => k.endsWith('-pattern'))));
  let [w, s, e, n] = [180, 90, -180, -90];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of regions.features) visit((f.geometry as { coordinates: unknown }).coordinates);
  writeFileSync(path.join(staticDir, 'style.json'), JSON.stringify({ ...style, layers, metadata: { bounds: [[w, s], [e, n]] } }));
}

const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
} as const;

export interface FloorResult {
  viewport: keyof typeof VIEWPORTS;
  page: number[];
  floor: number[];
}

/** Navigation to `idle`, ours and the floor's, alternating, `runs` times each per viewport (a fresh context each run: nothing cached). */
export async function timeMapStart(browser: Browser, base: string, runs: number): Promise<FloorResult[]> {
  const out: FloorResult[] = [];
  for (const [name, options] of Object.entries(VIEWPORTS) as [keyof typeof VIEWPORTS, (typeof VIEWPORTS)[keyof typeof VIEWPORTS]][]) {
    const result: FloorResult = { viewport: name, page: [], floor: [] };
    for (let i = 0; i < runs; i++) {
      for (const [which, url] of i % 2 === 0 ? ([['page', '/'], ['floor', '/__bench/floor.html']] as const) : ([['floor', '/__bench/floor.html'], ['page', '/']] as const)) {
        const context = await browser.newContext(options);
        const tab = await context.newPage();
        const started = Date.now();
        await tab.goto(`${base}${url}`);
        await tab.waitForFunction(() => (window as unknown as { __mapIdle?: boolean }).__mapIdle === true, null, { timeout: 60_000, polling: 16 });
        result[which].push(Date.now() - started);
        await context.close();
      }
    }
    out.push(result);
  }
  return out;
}
