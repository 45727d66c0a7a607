import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, Position } from 'geojson';
import type { Polygonal } from '@/lib/geo/round';
import { readBoundaries } from '@/lib/geo/boundaries';
import { DETAIL_LEVELS } from '@/lib/geo/detail';
import { OBLASTS } from '@/lib/oblasts';

const boundaries = readBoundaries('data/boundaries');

// Official areas (km²) from Ukraine's State Statistics Service.
const OFFICIAL: Record<string, { km2: number; tolerance: number }> = {
  'UA-09': { km2: 26684, tolerance: 0.03 },
  'UA-14': { km2: 26517, tolerance: 0.03 },
  'UA-23': { km2: 27183, tolerance: 0.03 },
  // The official figure counts the Kakhovka reservoir and Dnipro estuary waters that
  // Natural Earth's land polygon leaves out.
  'UA-65': { km2: 28461, tolerance: 0.1 },
};

function rings(geometry: { type: string; coordinates: unknown }): Position[][] {
  return geometry.type === 'Polygon'
    ? (geometry.coordinates as Position[][])
    : (geometry.coordinates as Position[][][]).flat();
}

describe('derived oblast boundaries', () => {
  test.each(DETAIL_LEVELS)('the %s level has the four oblasts with their codes, slugs and names', (level) => {
    expect(boundaries.regions[level].map((f) => f.properties)).toEqual(
      OBLASTS.map((o) => expect.objectContaining({ iso: o.iso, slug: o.slug, name: o.name })),
    );
  });

  test.each(OBLASTS.map((o) => [o.name, o.iso] as const))('%s (%s) has an area within tolerance of the official figure', (_name, iso) => {
    const full = boundaries.regions.full.find((f) => f.properties.iso === iso)!;
    const measured = turf.area(full) / 1e6;
    const { km2, tolerance } = OFFICIAL[iso];
    expect(Math.abs(measured - km2) / km2).toBeLessThanOrEqual(tolerance);
    expect(full.properties.areaKm2).toBe(Math.round(measured));
  });

  test.each(DETAIL_LEVELS.flatMap((level) => OBLASTS.map((o) => [level, o.slug] as const)))(
    '%s geometry of %s is valid RFC 7946: valid rings, right-hand winding, at most 5 decimals',
    (level, slug) => {
      const feature = boundaries.regions[level].find((f) => f.properties.slug === slug)!;
      expect(turf.booleanValid(feature)).toBe(true);
      const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      for (const [outer, ...holes] of polygons) {
        expect(turf.booleanClockwise(outer)).toBe(false);
        for (const hole of holes) expect(turf.booleanClockwise(hole)).toBe(true);
      }
      for (const ring of rings(feature.geometry)) {
        for (const [lon, lat] of ring) {
          expect(Math.round(lon * 1e5) / 1e5).toBe(lon);
          expect(Math.round(lat * 1e5) / 1e5).toBe(lat);
        }
      }
    },
  );

  test.each(DETAIL_LEVELS.flatMap((level) => OBLASTS.map((o) => [level, o.slug] as const)))(
    '%s geometry of %s keeps its area within 3 %% of the full geometry',
    (level, slug) => {
      const full = boundaries.regions.full.find((f) => f.properties.slug === slug)!;
      const simplified = boundaries.regions[level].find((f) => f.properties.slug === slug)!;
      expect(Math.abs(turf.area(simplified) / turf.area(full) - 1)).toBeLessThanOrEqual(0.03);
    },
  );

  test('each coarser level has fewer vertices than the finer one', () => {
    const count = (level: (typeof DETAIL_LEVELS)[number]) =>
      boundaries.regions[level].reduce((n, f) => n + turf.coordAll(f).length, 0);
    expect(count('low')).toBeLessThan(count('medium'));
    expect(count('medium')).toBeLessThan(count('full'));
  });

  test('the context layer draws Crimea and Sevastopol as Ukrainian oblasts and Russia without them', () => {
    const byIso = new Map(boundaries.context.features.map((f) => [f.properties.iso, f]));
    expect(byIso.get('UA-43')?.properties).toEqual(expect.objectContaining({ kind: 'oblast', iso: 'UA-43', name: 'Crimea' }));
    expect(byIso.get('UA-40')?.properties.kind).toBe('oblast');
    const russia = byIso.get('RU')!;
    const simferopol = turf.point([34.1, 44.95]);
    expect(turf.booleanPointInPolygon(simferopol, russia)).toBe(false);
    expect(turf.booleanPointInPolygon(simferopol, byIso.get('UA-43')!)).toBe(true);
    expect(turf.booleanPointInPolygon(turf.point([39.7, 47.23]), russia)).toBe(true); // Rostov-on-Don
  });

  test('the context layer holds Ukraine’s 23 other units (Kyiv city, Crimea and Sevastopol among them) and the neighbours', () => {
    const isos = boundaries.context.features.map((f) => f.properties.iso);
    expect(isos.filter((i) => i.startsWith('UA-'))).toHaveLength(27 - 4);
    expect(isos).toEqual(expect.arrayContaining(['RU', 'BY', 'PL', 'SK', 'HU', 'RO', 'MD']));
    expect(isos).not.toEqual(expect.arrayContaining(OBLASTS.map((o) => o.iso)));
  });

  test.each(['regions-full', 'context'])('every feature of %s has its label point inside its own shape', (name) => {
    const features = name === 'context' ? boundaries.context.features : boundaries.regions.full;
    for (const f of features as Feature<Polygonal, { label: [number, number] }>[]) {
      expect(turf.booleanPointInPolygon(turf.point(f.properties.label), f)).toBe(true);
    }
  });

  test('the low detail geometry of all four oblasts gzips to well under the 15 KB budget', () => {
    expect(gzipSync(readFileSync('data/boundaries/regions-low.geojson')).length).toBeLessThan(15 * 1024);
  });
});
