// Diagonal hatching of a projected shape as plain line segments: drawn as one stroked path it
// costs the rasteriser far less than an SVG <pattern> fill, and looks the same.
export type Point = [number, number];

/**
 * Segments of the lines x + y = c (rising to the right, as on screen with y down), `spacing`
 * apart measured across the lines, that lie inside the rings by the even-odd rule (so holes
 * stay clear and several parts can be passed together).
 */
export function hatchSegments(rings: readonly (readonly Point[])[], spacing: number, direction: 'rising' | 'falling' = 'rising'): [Point, Point][] {
  if (!(spacing > 0)) throw new Error(`spacing must be positive, got ${spacing}`);
  if (direction === 'falling') {
    // The lines x - y = c: hatch the mirror image (x -> -x) and mirror the segments back.
    const mirror = (p: readonly [number, number]): Point => [-p[0], p[1]];
    return hatchSegments(rings.map((r) => r.map(mirror)), spacing).map(([a, b]) => [mirror(a), mirror(b)]);
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const ring of rings) for (const [x, y] of ring) (lo = Math.min(lo, x + y)), (hi = Math.max(hi, x + y));
  const step = spacing * Math.SQRT2;
  const out: [Point, Point][] = [];
  // Lines on a fixed grid (multiples of step), so neighbouring shapes' hatching lines up.
  for (let c = Math.ceil(lo / step) * step; c <= hi; c += step) {
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 0; i < ring.length - 1; i += 1) {
        const f1 = ring[i][0] + ring[i][1] - c;
        const f2 = ring[i + 1][0] + ring[i + 1][1] - c;
        if (f1 > 0 === f2 > 0) continue;
        xs.push(ring[i][0] + (f1 / (f1 - f2)) * (ring[i + 1][0] - ring[i][0]));
      }
    }
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) out.push([[xs[i], c - xs[i]], [xs[i + 1], c - xs[i + 1]]]);
  }
  return out;
}
