'use client';
// The MapLibre map: thin React around one map instance. Data arrives as props (already shaped
// for styling); hover, selection and highlights are feature-state, never re-added layers.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import bbox from '@turf/bbox';
import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo, useRef } from 'react';
import { PALETTE } from '@/lib/presentation/palette';
import { DISPUTED_IMAGE, embeddedStyle, FONT_FACES, HATCH_IMAGE, LAYERS, labelPoints, OVERLAY_LAYERS, SOURCES, type InitialData } from './map-style';
import { hatchImage, stripeImage, type PatternImage } from './hatch';
import { useRegisterMap } from './map-context';
import type { MapViewState } from '@/lib/urls/map-hash';

// Bundlers leave MapLibre's worker URL empty; point it at the worker module explicitly.
maplibregl.setWorkerUrl(new URL('maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href);
// Start the workers now, while React renders, not when the map is created.
if (typeof window !== 'undefined') {
  performance.mark('map:module');
  maplibregl.prewarm();
}

/** Each region's status as of a day: drawn as feature-state on the regions' (unchanged) shapes. */
export interface RegionStatuses {
  asOf: string | null;
  bySlug: Record<string, { statusKey: string; claimed: boolean }>;
}

export interface MapViewProps {
  /** The first frame's data is here (or waited for long enough): the map is created when this turns true. */
  ready: boolean;
  /** The regions' shapes (outline, slug, name, label); changes only when the outlines do. */
  regions: FeatureCollection;
  statuses: RegionStatuses;
  context: FeatureCollection | undefined;
  places: FeatureCollection;
  selected: string | null;
  highlight: { region: string | null; place: string | null };
  /** Space the panel or bottom sheet covers, so fitted regions stay visible. */
  padding: { top: number; right: number; bottom: number; left: number };
  onSelect: (slug: string | null) => void;
  onSelectPlace: (name: string) => void;
  onError: (message: string) => void;
  /** A view from the link (#zoom/lat/lon): used instead of fitting on first load. */
  initialView: MapViewState | null;
  /** Called after the reader moves the map, to keep the view in the URL. */
  onViewChange: (view: MapViewState) => void;
  /** The data credits for the map's attribution control. */
  attribution: string;
}

// Test hooks, written here and read only by the end-to-end tests and the bench: whether the map is
// idle, the day the regions it draws are as of (once drawn), and the map itself. The app shares
// the map through React context (./map-context).
declare global {
  interface Window {
    __mapIdle?: boolean;
    __mapAsOf?: string | null;
    __mapPaintedAsOf?: string | null;
    __claimsMap?: maplibregl.Map;
  }
}

const disputed = PALETTE.disputed.pattern;

/** The patterns the style's layers name, drawn here rather than loaded from a sprite server. */
const PATTERNS: Record<string, () => PatternImage> = {
  [HATCH_IMAGE]: () => hatchImage(),
  [DISPUTED_IMAGE]: () => stripeImage(disputed?.colour ?? '#8c510a', disputed?.direction === 'falling' ? 'falling' : 'rising'),
};

/**
 * Sets each region's status as feature-state and asks for a frame: the next frame drawn shows the
 * new colours (window.__mapPaintedAsOf then says which day), and the map is idle again only after.
 */
function applyStatuses(map: maplibregl.Map, statuses: RegionStatuses) {
  for (const [slug, s] of Object.entries(statuses.bySlug)) map.setFeatureState({ source: SOURCES.regions, id: slug }, s);
  map.once('render', () => {
    window.__mapPaintedAsOf = statuses.asOf;
  });
  map.triggerRepaint();
}

const REMOTE_STYLE = process.env.NEXT_PUBLIC_MAP_STYLE;

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function webglAvailable(): boolean {
  const canvas = document.createElement('canvas');
  return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
}

type Bounds = [[number, number], [number, number]];

function boundsOf(fc: FeatureCollection, slug?: string | null): Bounds | null {
  const features = slug ? fc.features.filter((f) => f.properties?.slug === slug) : fc.features;
  if (features.length === 0) return null;
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features });
  return [[w, s], [e, n]];
}

/** The data each of our sources shows: what the map is created with, and what it is compared with later. */
function sourceData(p: Pick<MapViewProps, 'regions' | 'places' | 'context'> & { regionLabels: FeatureCollection; contextLabels?: FeatureCollection }): InitialData {
  return {
    [SOURCES.regions]: p.regions,
    [SOURCES.regionLabels]: p.regionLabels,
    [SOURCES.places]: p.places,
    ...(p.context && p.contextLabels ? { [SOURCES.context]: p.context, [SOURCES.contextLabels]: p.contextLabels } : {}),
  };
}

function setSourceData(map: maplibregl.Map, id: string, data: FeatureCollection) {
  (map.getSource(id) as maplibregl.GeoJSONSource | undefined)?.setData(data);
}

export default function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const loaded = useRef(false);
  const hovered = useRef<string | null>(null);
  const previousSelected = useRef<string | null>(null);
  const regionLabels = useMemo(() => labelPoints(props.regions), [props.regions]);
  const contextLabels = useMemo(() => (props.context ? labelPoints(props.context) : undefined), [props.context]);
  const latest = useRef({ ...props, regionLabels, contextLabels });
  latest.current = { ...props, regionLabels, contextLabels };
  const registerMap = useRegisterMap();
  const drawnAsOf = useRef<string | null>(null);
  // Whether the reader has moved the map since it was last fitted (a view from the link counts):
  // then a change of padding (the sheet resized) leaves their view alone instead of refitting.
  const readerMoved = useRef(Boolean(props.initialView));
  /** The padding of the last fit. */
  const fittedPadding = useRef(props.padding);

  // Create the map once, when its data is ready.
  useEffect(() => {
    if (!container.current || !props.ready) return;
    if (!webglAvailable()) {
      latest.current.onError('Your browser could not start WebGL, so the map cannot be drawn. The region list and quotes still work.');
      return;
    }
    let map: maplibregl.Map;
    performance.mark('map:create');
    // The data at hand goes into the style itself, so the first tiles are cut with it, instead of
    // an empty style followed by a setData round trip to the workers for every source.
    const initialData = sourceData(latest.current);
    try {
      map = new maplibregl.Map({
        container: container.current,
        style: REMOTE_STYLE ?? embeddedStyle(window.location.origin, initialData),
        // The first camera is the one the load-time fit would choose (the selected region, or all four,
        // clear of the panel or sheet), so the first tiles are the ones shown, not cut again after a jump.
        ...(latest.current.initialView
          ? { center: [latest.current.initialView.lon, latest.current.initialView.lat] as [number, number], zoom: latest.current.initialView.zoom }
          : { bounds: boundsOf(latest.current.regions, latest.current.selected) ?? boundsOf(latest.current.regions) ?? [[22, 44], [41, 52.5]] }),
        // Keep readers near the basemap (clipped to 14–48°E, 40–57°N) while leaving room for the
        // bottom sheet's padding below the southern coast.
        maxBounds: [[0, 25], [62, 64]],
        fitBoundsOptions: fitOptions(latest.current.padding),
        attributionControl: false,
        canvasContextAttributes: { preserveDrawingBuffer: true },
        dragRotate: false,
        pitchWithRotate: false,
        maxZoom: 11,
        minZoom: 3,
        // Labels appear at once: no 300 ms fade before the map is idle and ready to export.
        fadeDuration: 0,
      });
    } catch (error) {
      latest.current.onError(`The map could not start: ${(error as Error).message}. The region list and quotes still work.`);
      return;
    }
    mapRef.current = map;
    window.__claimsMap = map;
    // Patterns are made the moment a layer first asks for one, before its tiles are drawn: adding
    // them on 'load' came after the first tiles had asked, and MapLibre warned they were missing.
    map.setMissingStyleImageResolver((id) => {
      const draw = PATTERNS[id];
      if (draw && !map.hasImage(id)) map.addImage(id, draw(), { pixelRatio: 2 });
    });
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    // On a phone the bottom sheet covers the map's bottom edge, so the credits go to the top.
    const phone = !window.matchMedia('(min-width: 768px)').matches;
    map.addControl(
      new maplibregl.AttributionControl({
        compact: phone,
        customAttribution: latest.current.attribution,
      }),
      phone ? 'top-left' : 'bottom-right',
    );
    // Compact credits (four lines with the corpus licence) start folded behind their "i" button:
    // MapLibre opens them when it makes them compact (on a phone, or on any map narrower than
    // 640 px, also after a resize) and folds them only at the first drag, so until then they
    // covered the top of the map. The sidebar's Sources section carries them in full.
    const credits = container.current.querySelector('.maplibregl-ctrl-attrib');
    let wasCompact = false;
    const foldCredits = () => {
      const compact = credits?.classList.contains('maplibregl-compact') ?? false;
      if (compact && !wasCompact) credits?.classList.remove('maplibregl-compact-show');
      wasCompact = compact;
    };
    foldCredits();
    map.on('resize', foldCredits);
    map.getCanvas().setAttribute('aria-label', 'Map of Luhansk, Donetsk, Kherson and Zaporizhzhia coloured by reported control. The region list is the accessible equivalent.');
    map.on('error', (e) => {
      if (/webgl/i.test(e.error?.message ?? '')) latest.current.onError('The map could not start WebGL. The region list and quotes still work.');
    });

    map.on('load', () => {
      performance.mark('map:load');
      if (REMOTE_STYLE) {
        // A remote basemap: add our sources and overlay on top of it.
        const style = embeddedStyle(window.location.origin, initialData);
        map.setFontFaces(FONT_FACES);
        for (const [id, source] of Object.entries(style.sources)) if (!map.getSource(id)) map.addSource(id, source);
        for (const layer of OVERLAY_LAYERS) map.addLayer(layer);
      }
      loaded.current = true;
      registerMap(map);
      // Only what changed since the sources were made (or was not there yet) is sent again.
      const p = latest.current;
      for (const [id, data] of Object.entries(sourceData(p)) as [keyof InitialData, FeatureCollection][]) {
        if (data !== initialData[id]) setSourceData(map, id, data);
      }
      applySelection(map, null, p.selected);
      previousSelected.current = p.selected;
      if (!p.initialView) fitTo(map, p.regions, p.selected, p.padding, false);
      fittedPadding.current = p.padding;
      if (p.highlight.region) map.setFeatureState({ source: SOURCES.regions, id: p.highlight.region }, { highlight: true });
      if (p.highlight.place) map.setFeatureState({ source: SOURCES.places, id: p.highlight.place }, { highlight: true });
      applyStatuses(map, p.statuses);
      drawnAsOf.current = p.statuses.asOf;
      map.once('idle', () => {
        performance.mark('map:idle');
        window.__mapAsOf = drawnAsOf.current;
        window.__mapIdle = true;
      });
    });
    map.on('idle', () => {
      if (!loaded.current) return;
      window.__mapAsOf = drawnAsOf.current;
      window.__mapIdle = true;
    });
    map.on('movestart', (e) => {
      window.__mapIdle = false;
      // Gestures and the zoom buttons carry the DOM event that started them; our fits do not.
      if (e.originalEvent) readerMoved.current = true;
    });
    map.on('moveend', () => {
      if (!loaded.current) return;
      const c = map.getCenter();
      latest.current.onViewChange({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
    });

    map.on('mousemove', LAYERS.regionFill, (e) => {
      const slug = e.features?.[0]?.properties?.slug as string | undefined;
      if (!slug || slug === hovered.current) return;
      if (hovered.current) map.setFeatureState({ source: SOURCES.regions, id: hovered.current }, { hover: false });
      hovered.current = slug;
      map.setFeatureState({ source: SOURCES.regions, id: slug }, { hover: true });
      map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', LAYERS.regionFill, () => {
      if (hovered.current) map.setFeatureState({ source: SOURCES.regions, id: hovered.current }, { hover: false });
      hovered.current = null;
      map.getCanvas().style.cursor = '';
    });
    map.on('click', (e) => {
      const hits = map.queryRenderedFeatures(e.point, { layers: [LAYERS.placeCircle, LAYERS.regionFill] });
      const place = hits.find((f) => f.layer.id === LAYERS.placeCircle);
      if (place) return latest.current.onSelectPlace(place.properties.name as string);
      const region = hits.find((f) => f.layer.id === LAYERS.regionFill);
      latest.current.onSelect((region?.properties.slug as string | undefined) ?? null);
    });
    map.on('mouseenter', LAYERS.placeCircle, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', LAYERS.placeCircle, () => (map.getCanvas().style.cursor = ''));

    return () => {
      loaded.current = false;
      window.__mapIdle = false;
      if (window.__claimsMap === map) window.__claimsMap = undefined;
      registerMap(null);
      mapRef.current = null;
      map.remove();
    };
  }, [registerMap, props.ready]);

  // Data: setData only when the shapes really changed (the island keeps them stable across days).
  useEffect(() => {
    if (!mapRef.current || !loaded.current) return;
    setSourceData(mapRef.current, SOURCES.regions, props.regions);
    setSourceData(mapRef.current, SOURCES.regionLabels, regionLabels);
  }, [props.regions, regionLabels]);
  // A new day (or new data): recolour the same layers through feature-state, no worker round trip.
  // Not idle until that frame is drawn.
  useEffect(() => {
    if (!mapRef.current || !loaded.current) return;
    window.__mapIdle = false;
    drawnAsOf.current = props.statuses.asOf;
    performance.mark('map:statuses');
    applyStatuses(mapRef.current, props.statuses);
  }, [props.statuses]);
  useEffect(() => {
    if (mapRef.current && loaded.current) setSourceData(mapRef.current, SOURCES.places, props.places);
  }, [props.places]);
  useEffect(() => {
    if (!mapRef.current || !loaded.current || !props.context || !contextLabels) return;
    setSourceData(mapRef.current, SOURCES.context, props.context);
    setSourceData(mapRef.current, SOURCES.contextLabels, contextLabels);
  }, [props.context, contextLabels]);

  // Selection: outline it and fit the view to it (or to all four when cleared).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded.current) return;
    applySelection(map, previousSelected.current, props.selected);
    if (previousSelected.current !== props.selected) {
      fitTo(map, props.regions, props.selected, props.padding, true);
      fittedPadding.current = props.padding;
      readerMoved.current = false;
    }
    previousSelected.current = props.selected;
  }, [props.selected, props.regions, props.padding]);

  // The sheet settled at another height: fit the same region (or all four) above it again, unless
  // the reader has moved the map themselves since the last fit.
  useEffect(() => {
    const map = mapRef.current;
    const before = fittedPadding.current;
    fittedPadding.current = props.padding;
    if (!map || !loaded.current || readerMoved.current) return;
    if (before.bottom === props.padding.bottom && before.top === props.padding.top && before.left === props.padding.left && before.right === props.padding.right) return;
    fitTo(map, props.regions, props.selected, props.padding, true);
  }, [props.padding, props.regions, props.selected]);

  // Highlights from hovering a quote in the panel.
  const previousHighlight = useRef(props.highlight);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded.current) return;
    const before = previousHighlight.current;
    if (before.region) map.setFeatureState({ source: SOURCES.regions, id: before.region }, { highlight: false });
    if (before.place) map.setFeatureState({ source: SOURCES.places, id: before.place }, { highlight: false });
    if (props.highlight.region) map.setFeatureState({ source: SOURCES.regions, id: props.highlight.region }, { highlight: true });
    if (props.highlight.place) map.setFeatureState({ source: SOURCES.places, id: props.highlight.place }, { highlight: true });
    previousHighlight.current = props.highlight;
  }, [props.highlight]);

  // MapLibre's stylesheet makes its container position: relative, so the container fills a
  // positioned wrapper rather than being absolutely positioned itself.
  return (
    <div className="absolute inset-0">
      <div ref={container} className="h-full w-full" data-testid="map" />
      {!props.ready && (
        <div role="status" className="pointer-events-none absolute inset-0 flex items-center justify-center bg-[#cfe3ef] text-slate-700">
          Loading the map…
        </div>
      )}
    </div>
  );
}

function applySelection(map: maplibregl.Map, before: string | null, after: string | null) {
  if (before) map.setFeatureState({ source: SOURCES.regions, id: before }, { selected: false });
  if (after) map.setFeatureState({ source: SOURCES.regions, id: after }, { selected: true });
}

/** How a fit leaves room: the panel's or sheet's cover plus a margin, and no closer than zoom 7. */
function fitOptions(padding: MapViewProps['padding']): { padding: MapViewProps['padding']; maxZoom: number } {
  return { padding: { top: padding.top + 40, right: padding.right + 40, bottom: padding.bottom + 40, left: padding.left + 40 }, maxZoom: 7 };
}

function fitTo(map: maplibregl.Map, regions: FeatureCollection, slug: string | null, padding: MapViewProps['padding'], animate: boolean) {
  const bounds = boundsOf(regions, slug);
  if (!bounds) return;
  map.fitBounds(bounds, { ...fitOptions(padding), duration: animate && !reducedMotion() ? 600 : 0 });
}
