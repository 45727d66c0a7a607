// The map's embedded style: a basemap drawn from /api/context (no tile or glyph server) and the
// overlay of the four oblasts coloured by status, striped when disputed, hatched when claimed,
// with locality points drawn by their state (captured, held, contested).
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { LEGEND_ORDER, PALETTE, HATCH, PLACE_STATES, PLACE_STYLE } from '@/lib/presentation/palette';

export const SOURCES = { context: 'context', contextLabels: 'context-labels', regions: 'regions', regionLabels: 'region-labels', places: 'places' } as const;

export const LAYERS = {
  regionFill: 'region-fill',
  regionDisputed: 'region-disputed',
  regionHatch: 'region-hatch',
  regionOutline: 'region-outline',
  regionLabel: 'region-label',
  placeCircle: 'place-circle',
  placeLabel: 'place-label',
} as const;

export const HATCH_IMAGE = 'claimed-hatch';
export const DISPUTED_IMAGE = 'disputed-stripes';
export const FONT = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

// A region's status and whether it is hatched are feature-state, set from the data as of the chosen
// day (map-view.tsx), so moving through time repaints the same layers without sending the outlines
// to the workers again; the properties the shapes were made with stand in until then.
const statusKey: ExpressionSpecification = ['coalesce', ['feature-state', 'statusKey'], ['get', 'statusKey']];
const claimed: ExpressionSpecification = ['boolean', ['coalesce', ['feature-state', 'claimed'], ['get', 'claimed']], false];

const statusFill: ExpressionSpecification = [
  'match',
  ['to-string', statusKey],
  ...LEGEND_ORDER.flatMap((key) => [key, PALETTE[key].fill]),
  PALETTE['no-claims'].fill,
] as unknown as ExpressionSpecification;

const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];

const placeStyle = (field: 'fill' | 'stroke'): ExpressionSpecification =>
  ['match', ['get', 'state'], ...PLACE_STATES.flatMap((s) => [s, PLACE_STYLE[s][field]]), PLACE_STYLE.held[field]] as unknown as ExpressionSpecification;

export const BASEMAP_LAYERS: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': '#cfe3ef' } },
  {
    id: 'context-country-fill',
    type: 'fill',
    source: SOURCES.context,
    filter: ['==', ['get', 'kind'], 'country'],
    paint: { 'fill-color': '#eeeae2' },
  },
  {
    id: 'context-oblast-fill',
    type: 'fill',
    source: SOURCES.context,
    filter: ['==', ['get', 'kind'], 'oblast'],
    paint: { 'fill-color': '#fbfaf7' },
  },
  {
    id: 'context-oblast-line',
    type: 'line',
    source: SOURCES.context,
    filter: ['==', ['get', 'kind'], 'oblast'],
    paint: { 'line-color': '#b9b3a6', 'line-width': 0.6 },
  },
  {
    id: 'context-country-line',
    type: 'line',
    source: SOURCES.context,
    filter: ['==', ['get', 'kind'], 'country'],
    paint: { 'line-color': '#8c8576', 'line-width': 1, 'line-dasharray': [3, 2] },
  },
  {
    id: 'context-label',
    type: 'symbol',
    source: SOURCES.contextLabels,
    minzoom: 4.5,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [FONT],
      'text-size': ['match', ['get', 'kind'], 'country', 13, 11],
      'text-transform': ['match', ['get', 'kind'], 'country', 'uppercase', 'none'],
      'text-letter-spacing': ['match', ['get', 'kind'], 'country', 0.15, 0],
      'text-max-width': 8,
    },
    paint: { 'text-color': '#6b6558', 'text-halo-color': '#fbfaf7', 'text-halo-width': 1.2 },
  },
];

export const OVERLAY_LAYERS: LayerSpecification[] = [
  {
    id: LAYERS.regionFill,
    type: 'fill',
    source: SOURCES.regions,
    paint: {
      'fill-color': statusFill,
      'fill-opacity': ['case', state('hover'), 1, state('highlight'), 1, 0.88],
    },
  },
  {
    id: LAYERS.regionDisputed,
    type: 'fill',
    source: SOURCES.regions,
    paint: { 'fill-pattern': DISPUTED_IMAGE, 'fill-opacity': ['case', ['==', ['to-string', statusKey], 'disputed'], 0.8, 0] },
  },
  {
    id: LAYERS.regionHatch,
    type: 'fill',
    source: SOURCES.regions,
    paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', claimed, 0.55, 0] },
  },
  {
    id: LAYERS.regionOutline,
    type: 'line',
    source: SOURCES.regions,
    paint: {
      'line-color': ['case', state('selected'), '#0f172a', state('hover'), '#1e3a8a', state('highlight'), '#1e3a8a', '#374151'],
      'line-width': ['case', state('selected'), 3.5, state('hover'), 2.5, state('highlight'), 3, 1.2],
    },
  },
  {
    id: LAYERS.placeCircle,
    type: 'circle',
    source: SOURCES.places,
    paint: {
      'circle-radius': ['case', state('highlight'), 9, 6],
      'circle-color': placeStyle('fill'),
      'circle-stroke-color': placeStyle('stroke'),
      'circle-stroke-width': ['match', ['get', 'state'], 'contested', 2.5, 2],
    },
  },
  {
    id: LAYERS.placeLabel,
    type: 'symbol',
    source: SOURCES.places,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [FONT_BOLD],
      'text-size': 13,
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.9,
    },
    paint: { 'text-color': '#111827', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
  },
  // Last, so region names are placed first and a locality's label moves or yields to them.
  {
    id: LAYERS.regionLabel,
    type: 'symbol',
    source: SOURCES.regionLabels,
    layout: { 'text-field': ['get', 'name'], 'text-font': [FONT_BOLD], 'text-size': 15, 'text-allow-overlap': false },
    paint: { 'text-color': '#0f172a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.8 },
  },
];

/** Fonts from our own origin, so labels need no glyph server. */
export const FONT_FACES = {
  [FONT]: [
    { url: '/fonts/noto-sans-latin-400-normal.woff2', 'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2212'] },
    { url: '/fonts/noto-sans-latin-ext-400-normal.woff2', 'unicode-range': ['U+0100-024F', 'U+1E00-1EFF'] },
    { url: '/fonts/noto-sans-cyrillic-400-normal.woff2', 'unicode-range': ['U+0400-045F', 'U+0490-0491'] },
  ],
  [FONT_BOLD]: [
    { url: '/fonts/noto-sans-latin-700-normal.woff2', 'unicode-range': ['U+0000-00FF', 'U+2000-206F'] },
    { url: '/fonts/noto-sans-latin-ext-700-normal.woff2', 'unicode-range': ['U+0100-024F', 'U+1E00-1EFF'] },
    { url: '/fonts/noto-sans-cyrillic-700-normal.woff2', 'unicode-range': ['U+0400-045F', 'U+0490-0491'] },
  ],
};

/** One label point a feature, from the `label` property the boundary data carries. */
export function labelPoints(fc: FeatureCollection): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: fc.features
      .filter((f) => Array.isArray(f.properties?.label))
      .map((f) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: f.properties!.label as number[] }, properties: f.properties })),
  };
}

/** Data for the style's sources when the map is created; a source not given starts empty. */
export type InitialData = Partial<Record<(typeof SOURCES)[keyof typeof SOURCES], FeatureCollection>>;

export function embeddedStyle(origin: string, initial: InitialData = {}): StyleSpecification {
  const absolute = (url: string) => new URL(url, origin).href;
  return {
    version: 8,
    name: 'claims-map',
    'font-faces': Object.fromEntries(
      Object.entries(FONT_FACES).map(([name, faces]) => [name, faces.map((f) => ({ ...f, url: absolute(f.url) }))]),
    ),
    sources: {
      [SOURCES.context]: { type: 'geojson', data: initial.context ?? EMPTY },
      [SOURCES.contextLabels]: { type: 'geojson', data: initial['context-labels'] ?? EMPTY },
      [SOURCES.regions]: { type: 'geojson', data: initial.regions ?? EMPTY, promoteId: 'slug' },
      [SOURCES.regionLabels]: { type: 'geojson', data: initial['region-labels'] ?? EMPTY },
      [SOURCES.places]: { type: 'geojson', data: initial.places ?? EMPTY, promoteId: 'name' },
    },
    layers: [...BASEMAP_LAYERS, ...OVERLAY_LAYERS],
  };
}

export { HATCH };
