// Projection of the oblasts onto card pictures, and their hatching.
import type { Polygon } from 'geojson';
import { hatchSegments } from '@/lib/geo/hatch';
import { boundsOf, fitProjection, projectRings, svgPath } from '@/lib/geo/project';

const square = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]],
});

describe('fitProjection', () => {
  const bounds: [number, number, number, number] = [32, 45, 40, 50];
  const box = { width: 600, height: 400, padding: 20 };
  const project = fitProjection(bounds, box);

  test('puts north up and east right, inside the padded box', () => {
    const [wx, ny] = project([32, 50]);
    const [ex, sy] = project([40, 45]);
    expect(ex).toBeGreaterThan(wx);
    expect(sy).toBeGreaterThan(ny);
    for (const v of [wx, ex]) expect(v).toBeGreaterThanOrEqual(20 - 1e-9);
    for (const v of [wx, ex]) expect(v).toBeLessThanOrEqual(580 + 1e-9);
    for (const v of [ny, sy]) expect(v).toBeGreaterThanOrEqual(20 - 1e-9);
    for (const v of [ny, sy]) expect(v).toBeLessThanOrEqual(380 + 1e-9);
  });

  test('fills the box along one axis and centres along the other', () => {
    const [wx, ny] = project([32, 50]);
    const [ex, sy] = project([40, 45]);
    const touchesWidth = Math.abs(wx - 20) < 1e-6 && Math.abs(ex - 580) < 1e-6;
    const touchesHeight = Math.abs(ny - 20) < 1e-6 && Math.abs(sy - 380) < 1e-6;
    expect(touchesWidth || touchesHeight).toBe(true);
    expect((wx + ex) / 2).toBeCloseTo(300, 6);
    expect((ny + sy) / 2).toBeCloseTo(200, 6);
  });

  test('is Web Mercator: a degree of latitude is taller in the north than in the south', () => {
    const south = project([36, 46])[1] - project([36, 47])[1];
    const north = project([36, 49])[1] - project([36, 50])[1];
    expect(north).toBeGreaterThan(south);
    // At 47.5°N a degree of latitude is about 1/cos(47.5°) ≈ 1.48 degrees of longitude tall.
    const lon = project([37, 47.5])[0] - project([36, 47.5])[0];
    const lat = project([36, 47])[1] - project([36, 48])[1];
    expect(lat / lon).toBeCloseTo(1 / Math.cos((47.5 * Math.PI) / 180), 2);
  });

  test('names the problem when the bounds are empty or the box too small', () => {
    expect(() => fitProjection([40, 45, 32, 50], box)).toThrow(/are empty/);
    expect(() => fitProjection(bounds, { width: 30, height: 30, padding: 20 })).toThrow('box 30×30 leaves no room inside padding 20');
  });
});

describe('svgPath', () => {
  const project = fitProjection([0, 0, 10, 10], { width: 100, height: 100, padding: 0 });

  test('writes each ring of each part as a closed subpath', () => {
    const d = svgPath({ type: 'MultiPolygon', coordinates: [square(0, 0, 1, 1).coordinates, square(5, 5, 10, 10).coordinates] }, project);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/Z/g)).toHaveLength(2);
    expect(d).toMatch(/^(M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){4}Z){2}$/);
  });

  test('drops points that round to the one before, and does not mutate its input', () => {
    const poly: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0.0001, 0], [10, 0], [10, 10], [0, 0]]] };
    const before = JSON.stringify(poly);
    // (0.0001, 0) rounds onto (0, 0): three lines remain, to (10, 0), (10, 10) and back.
    expect(svgPath(poly, project).match(/L/g)).toHaveLength(3);
    expect(JSON.stringify(poly)).toBe(before);
  });
});

describe('boundsOf', () => {
  test('spans every geometry given', () => {
    expect(boundsOf([square(33, 46, 35, 47), square(36, 45, 40, 50)])).toEqual([33, 45, 40, 50]);
  });
});

describe('hatchSegments', () => {
  const box = projectRings(square(0, 0, 100, 100), ([x, y]) => [x, y]);

  test('fills a shape with parallel diagonal segments whose ends lie on its outline', () => {
    const segments = hatchSegments(box, 10);
    expect(segments.length).toBeGreaterThan(10);
    for (const [[x1, y1], [x2, y2]] of segments) {
      expect(x1 + y1).toBeCloseTo(x2 + y2, 9); // on one line x + y = c
      for (const v of [x1, y1, x2, y2]) expect(v).toBeGreaterThanOrEqual(-1e-9);
      for (const v of [x1, y1, x2, y2]) expect(v).toBeLessThanOrEqual(100 + 1e-9);
    }
    const cs = segments.map(([[x, y]]) => x + y);
    expect(cs[1] - cs[0]).toBeCloseTo(10 * Math.SQRT2, 9);
  });

  test('leaves holes clear', () => {
    const hole = projectRings(square(40, 40, 60, 60), ([x, y]) => [x, y]);
    const segments = hatchSegments([...box, ...hole], 10);
    for (const [[x1, y1], [x2]] of segments) {
      // No segment covers the hole's centre (50, 50), which lies on the line x + y = 100.
      if (Math.abs(x1 + y1 - 100) < 1e-9) expect(x1 > 50 || x2 < 50).toBe(true);
    }
    expect(segments.length).toBeGreaterThan(hatchSegments(box, 10).length);
  });

  test('rejects a spacing that is not positive', () => {
    expect(() => hatchSegments(box, 0)).toThrow('spacing must be positive, got 0');
  });
});
