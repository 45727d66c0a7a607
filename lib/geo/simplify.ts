// Makes one detail level of a boundary: Turf's simplify, then rounding, then RFC 7946 winding,
// checked valid so every level can be served as it is.
import * as turf from '@turf/turf';
import type { Feature, GeoJsonProperties } from 'geojson';
import { roundGeometry, type Polygonal } from './round';

export interface DetailSpec {
  /** Douglas-Peucker tolerance in degrees; 0 keeps every vertex. */
  tolerance: number;
  /** Decimals kept in coordinates (at most 5). */
  decimals: number;
}

export function simplifyFeature<P extends GeoJsonProperties>(feature: Feature<Polygonal, P>, spec: DetailSpec): Feature<Polygonal, P> {
  const simplified =
    spec.tolerance > 0
      ? turf.simplify(feature, { tolerance: spec.tolerance, highQuality: true, mutate: false })
      : feature;
  const rounded = roundGeometry(simplified.geometry, spec.decimals);
  // rewind's default winding is RFC 7946's: exterior rings counter-clockwise, holes clockwise.
  const wound = turf.rewind(rounded, { mutate: false }) as Polygonal;
  const out: Feature<Polygonal, P> = { type: 'Feature', properties: feature.properties, geometry: wound };
  if (!turf.booleanValid(out)) throw new Error('simplified geometry is not valid');
  return out;
}
