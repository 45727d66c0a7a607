import * as turf from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { roundGeometry } from '@/lib/geo/round';
import { simplifyFeature } from '@/lib/geo/simplify';

// A clockwise (wrong for RFC 7946) square with a redundant, nearly collinear vertex.
function square(): Feature<Polygon, { name: string }> {
  return turf.polygon(
    [[[30, 48], [30, 49.000004], [31.123456, 49.000001], [31.5, 49], [31.5, 48], [30, 48]]],
    { name: 'square' },
  ) as Feature<Polygon, { name: string }>;
}

describe('roundGeometry', () => {
  test('rounds coordinates to the given decimals and drops points that become repeats', () => {
    const rounded = roundGeometry(square().geometry, 3);
    expect(rounded.coordinates[0]).toEqual([[30, 48], [30, 49], [31.123, 49], [31.5, 49], [31.5, 48], [30, 48]]);
  });

  test('throws, naming the precision, when rounding collapses the polygon', () => {
    const tiny = turf.polygon([[[30, 48], [30.0001, 48], [30.0001, 48.0001], [30, 48]]]).geometry;
    expect(() => roundGeometry(tiny, 2)).toThrow('rounding to 2 decimals collapsed the polygon');
  });

  test('does not mutate its input', () => {
    const input = square();
    const before = JSON.stringify(input);
    roundGeometry(input.geometry, 2);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('simplifyFeature', () => {
  test('removes redundant vertices, keeps properties, and winds the exterior ring counter-clockwise', () => {
    const out = simplifyFeature(square(), { tolerance: 0.01, decimals: 4 });
    expect(out.properties).toEqual({ name: 'square' });
    expect(turf.coordAll(out).length).toBeLessThan(turf.coordAll(square()).length);
    expect(turf.booleanClockwise(out.geometry.coordinates[0] as [number, number][])).toBe(false);
    expect(turf.booleanValid(out)).toBe(true);
  });

  test('with tolerance 0 keeps every vertex and only rounds', () => {
    const out = simplifyFeature(square(), { tolerance: 0, decimals: 5 });
    expect(turf.coordAll(out)).toHaveLength(turf.coordAll(square()).length);
  });

  test('does not mutate its input', () => {
    const input = square();
    const before = JSON.stringify(input);
    simplifyFeature(input, { tolerance: 0.01, decimals: 3 });
    expect(JSON.stringify(input)).toBe(before);
  });
});
