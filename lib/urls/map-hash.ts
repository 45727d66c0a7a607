// The map view in the URL hash as #zoom/lat/lon (the convention map users know from OSM).
export interface MapViewState {
  zoom: number;
  lat: number;
  lon: number;
}

const NUMBER = /^-?\d{1,3}(\.\d{1,8})?$/;

/** Parses "#6.2/48.01/37.80"; anything malformed or out of range gives null (and is ignored). */
export function parseMapHash(hash: string): MapViewState | null {
  const parts = hash.replace(/^#/, '').split('/');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number);
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return null;
  return { zoom, lat, lon };
}

export function formatMapHash(view: MapViewState): string {
  return `#${view.zoom.toFixed(2)}/${view.lat.toFixed(4)}/${view.lon.toFixed(4)}`;
}
