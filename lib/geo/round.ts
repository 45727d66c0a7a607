// Rounds a polygonal geometry's coordinates to a fixed number of decimals (RFC 7946 asks for no
// more precision than the data has) and drops what rounding makes degenerate: repeated points
// and rings that collapse below a triangle.
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Polygonal = Polygon | MultiPolygon;

function roundRing(ring: Position[], factor: number): Position[] | null {
  const out: Position[] = [];
  for (const [lon, lat] of ring) {
    const p = [Math.round(lon * factor) / factor, Math.round(lat * factor) / factor];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  // A closed ring needs at least three distinct corners plus the closing point.
  return out.length >= 4 ? out : null;
}

function roundPolygon(rings: Position[][], factor: number): Position[][] | null {
  const outer = roundRing(rings[0], factor);
  if (!outer) return null;
  const holes = rings.slice(1).map((r) => roundRing(r, factor)).filter((r): r is Position[] => r !== null);
  return [outer, ...holes];
}

export function roundGeometry<G extends Polygonal>(geometry: G, decimals: number): G {
  const factor = 10 ** decimals;
  if (geometry.type === 'Polygon') {
    const rings = roundPolygon(geometry.coordinates, factor);
    if (!rings) throw new Error(`rounding to ${decimals} decimals collapsed the polygon`);
    return { type: 'Polygon', coordinates: rings } as G;
  }
  const polygons = geometry.coordinates
    .map((p) => roundPolygon(p, factor))
    .filter((p): p is Position[][] => p !== null);
  if (polygons.length === 0) throw new Error(`rounding to ${decimals} decimals collapsed the multipolygon`);
  return { type: 'MultiPolygon', coordinates: polygons } as G;
}
