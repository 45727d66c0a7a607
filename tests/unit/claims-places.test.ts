// data/places.json: derived by scripts/build-places.ts, reproducible byte for byte, with every
// locality inside its oblast's bounding box and names in the national transliteration.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

const ROOT = path.join(__dirname, '..', '..');
const committed = readFileSync(path.join(ROOT, 'data', 'places.json'), 'utf8');
const { places } = JSON.parse(committed) as {
  places: { name: string; variants: string[]; region: string; lon: number; lat: number; population: number }[];
};

test('rebuilding gives the committed file byte for byte', () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'places-')), 'places.json');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'build-places.ts'), '--out', out], { cwd: ROOT });
  expect(readFileSync(out, 'utf8')).toBe(committed);
}, 60_000);

test('places are sorted, keyed to the four oblasts and given 5-decimal coordinates', () => {
  const keys = places.map((p) => [p.name, p.region] as const);
  const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  expect(keys).toEqual(sorted);
  for (const p of places) {
    expect(['UA-09', 'UA-14', 'UA-65', 'UA-23']).toContain(p.region);
    expect(Math.round(p.lon * 1e5) / 1e5).toBe(p.lon);
    expect(p.variants.length).toBeGreaterThan(0);
  }
});

test('each place lies inside the boundary of its region', () => {
  const fc = JSON.parse(readFileSync(path.join(ROOT, 'data', 'boundaries', 'regions-full.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { iso: string }>;
  for (const p of places) {
    const feature = fc.features.find((f) => f.properties.iso === p.region);
    expect(feature && turf.booleanPointInPolygon([p.lon, p.lat], feature)).toBe(true);
  }
});

test.each([
  ['Sievierodonetsk', 'UA-09'],
  ['Lysychansk', 'UA-09'],
  ['Bakhmut', 'UA-14'],
  ['Pokrovsk', 'UA-14'],
  ['Mariupol', 'UA-14'],
  ['Enerhodar', 'UA-23'],
  ['Melitopol', 'UA-23'],
  ['Nova Kakhovka', 'UA-65'],
])('%s is listed in %s', (name, region) => {
  expect(places.filter((p) => p.name === name).map((p) => p.region)).toContain(region);
});

test('no GeoNames apostrophe spellings survive as names', () => {
  for (const p of places) expect(p.name).not.toMatch(/['’`]/);
});
