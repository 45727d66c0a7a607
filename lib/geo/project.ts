// Projects lon/lat onto a picture for the server-drawn cards: Web Mercator (as the map draws it)
// fitted into a box, and polygons written as SVG path data.
import type { Position } from 'geojson';
import type { Polygonal } from './round';

/** [west, south, east, north] in degrees. */
export type LonLatBounds = [number, number, number, number];

export interface Box {
  width: number;
  height: number;
  /** Space kept clear on every side, in the box's units. */
  padding: number;
}

export type Projector = (position: Position) => [number, number];

const RAD = Math.PI / 180;

function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
}

/**
 * A projector that fits `bounds` inside `box`, centred, keeping the aspect Web Mercator gives it
 * (so shapes look as they do on the map), with y growing downwards as in SVG.
 */
export function fitProjection(bounds: LonLatBounds, box: Box): Projector {
  const [west, south, east, north] = bounds;
  if (!(east > west) || !(north > south)) throw new Error(`bounds ${JSON.stringify(bounds)} are empty; expected west < east and south < north`);
  const innerW = box.width - 2 * box.padding;
  const innerH = box.height - 2 * box.padding;
  if (innerW <= 0 || innerH <= 0) throw new Error(`box ${box.width}×${box.height} leaves no room inside padding ${box.padding}`);
  const x0 = west * RAD;
  const yTop = mercatorY(north);
  const spanX = (east - west) * RAD;
  const spanY = yTop - mercatorY(south);
  const scale = Math.min(innerW / spanX, innerH / spanY);
  const offsetX = (box.width - spanX * scale) / 2;
  const offsetY = (box.height - spanY * scale) / 2;
  return ([lon, lat]) => [offsetX + (lon * RAD - x0) * scale, offsetY + (yTop - mercatorY(lat)) * scale];
}

/** The geometry's rings projected, in order (exterior and holes of every part alike). */
export function projectRings(geometry: Polygonal, project: Projector): [number, number][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings.map((ring) => ring.map(project)));
}

/**
 * SVG path data for projected rings: one closed subpath a ring, coordinates rounded to
 * `decimals` and repeats dropped. Holes are subpaths too, so draw with fill-rule="evenodd".
 */
export function ringsPath(rings: readonly (readonly [number, number][])[], decimals = 1): string {
  const factor = 10 ** decimals;
  let out = '';
  for (const ring of rings) {
    let sub = '';
    let last = '';
    for (const [x, y] of ring) {
      const point = `${Math.round(x * factor) / factor} ${Math.round(y * factor) / factor}`;
      if (point === last) continue;
      sub += `${sub ? 'L' : 'M'}${point}`;
      last = point;
    }
    if (sub) out += `${sub}Z`;
  }
  return out;
}

/** SVG path data for open line segments (hatching), rounded like ringsPath. */
export function segmentsPath(segments: readonly (readonly [number, number][])[], decimals = 1): string {
  const factor = 10 ** decimals;
  const r = (v: number) => Math.round(v * factor) / factor;
  return segments.map((seg) => seg.map(([x, y], i) => `${i ? 'L' : 'M'}${r(x)} ${r(y)}`).join('')).join('');
}

/** SVG path data for a polygon or multipolygon projected with `project` (see ringsPath). */
export function svgPath(geometry: Polygonal, project: Projector, decimals = 1): string {
  return ringsPath(projectRings(geometry, project), decimals);
}

/** The bounds of several geometries together. */
export function boundsOf(geometries: readonly Polygonal[]): LonLatBounds {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const rings of polygons) {
      for (const [lon, lat] of rings[0]) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  if (west === Infinity) throw new Error('no geometries to take bounds of');
  return [west, south, east, north];
}
