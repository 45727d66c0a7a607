// Where to write a polygon's name: one point inside its largest part, so a multipolygon (Kherson
// with its spits, Mykolaiv with its islands) is labelled once, inside the land.
import * as turf from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import type { Polygonal } from './round';

export function labelPoint(geometry: Polygonal, decimals = 3): Position {
  const parts: Feature<Polygon>[] =
    geometry.type === 'Polygon' ? [turf.polygon(geometry.coordinates)] : geometry.coordinates.map((c) => turf.polygon(c));
  const largest = parts.reduce((a, b) => (turf.area(b) > turf.area(a) ? b : a));
  const centre = turf.centerOfMass(largest);
  const inside = turf.booleanPointInPolygon(centre, largest) ? centre : turf.pointOnFeature(largest);
  const factor = 10 ** decimals;
  return inside.geometry.coordinates.map((v) => Math.round(v * factor) / factor);
}
