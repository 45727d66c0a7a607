'use client';
// The map island: MapLibre in its own lazily loaded chunk, fed shapes made from the region data
// (geometry plus the few properties the style reads), the basemap, and the view kept in the hash.
// Everything about claims stays in the panel; this only draws and reports clicks.
import dynamic from 'next/dynamic';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { useCallback, useEffect, useMemo, useState } from 'react';
import useSWR from 'swr';
import { isHatched } from '@/lib/presentation/palette';
import type { RegionCollection } from '@/lib/presentation/region-view';
import { formatMapHash, parseMapHash, type MapViewState } from '@/lib/urls/map-hash';
import type { RegionStatuses } from '@/components/map/map-view';
import { CONTEXT_URL } from './api-urls';
import { fetchJson } from './fetch-json';

// The map's chunk (MapLibre, ~290 KB gzip) is server-rendered as its empty container, so the page's
// HTML names the chunk (Next preloads a dynamic component's chunks when it renders on the server)
// and the browser fetches it with the page's own scripts, not after they have run. MapLibre creates
// nothing until the client's effect runs.
const MapView = dynamic(() => import('@/components/map/map-view'), {
  loading: () => <MapMessage>Loading the map…</MapMessage>,
});

function MapMessage({ children, role }: { children: React.ReactNode; role?: 'alert' | 'status' }) {
  return (
    <div role={role ?? 'status'} className="absolute inset-0 flex items-center justify-center bg-[#cfe3ef] p-6 text-center text-slate-800">
      <div className="max-w-sm rounded-lg bg-white/90 p-4 shadow">{children}</div>
    </div>
  );
}

/**
 * The regions' shapes as the style reads them: outline, slug, name, label point, and the status the
 * shapes were made with (the map draws the current one from feature-state, see regionStatuses).
 */
function regionShapes(data: RegionCollection | undefined): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: (data?.features ?? []).map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { slug: f.properties.slug, name: f.properties.name, label: f.properties.label, statusKey: f.properties.status.key, claimed: isHatched(f.properties.status) },
    })),
  };
}

/** What identifies the outlines: another day brings the same ones, which need not be sent to the map again. */
function outlineKey(data: RegionCollection | undefined): string {
  return (data?.features ?? []).map((f) => `${f.properties.slug}:${JSON.stringify(f.geometry.coordinates).length}`).join('|');
}

/** Each region's status as of the data's day, for the map's feature-state. */
function regionStatuses(data: RegionCollection | undefined): RegionStatuses {
  return {
    asOf: data?.asOf ?? null,
    bySlug: Object.fromEntries((data?.features ?? []).map((f) => [f.properties.slug, { statusKey: f.properties.status.key, claimed: isHatched(f.properties.status) }])),
  };
}

/** One point a locality the claims name (the first region that names it keeps it), with its state for the style. */
function placePoints(data: RegionCollection | undefined): FeatureCollection<Point> {
  const byName = new Map<string, Feature<Point>>();
  for (const f of data?.features ?? []) {
    for (const p of f.properties.places ?? []) {
      if (byName.has(p.name)) continue;
      byName.set(p.name, {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        properties: { name: p.name, region: f.properties.slug, claim: p.claim, state: p.state, actor: p.actor, date: p.date },
      });
    }
  }
  return { type: 'FeatureCollection', features: [...byName.values()] };
}

export interface MapIslandProps {
  data: RegionCollection | undefined;
  /** The outlines the map draws have arrived (or failed: the page's own low-detail ones will do). */
  outlinesReady: boolean;
  selected: string | null;
  highlight: { region: string | null; place: string | null };
  padding: { top: number; right: number; bottom: number; left: number };
  onSelect: (slug: string | null) => void;
  /** A locality's point was chosen: its region and the claim it stands for. */
  onSelectPlace: (region: string, claim: string) => void;
  attribution: string;
}

/**
 * How long the map waits for its data before starting without it. The data is preloaded with the
 * page, so it is normally here before MapLibre's own script; a slow answer must not hold the map.
 */
const DATA_WAIT_MS = 2500;

/**
 * The map is created once its first frame's data is here (outlines and basemap), so MapLibre cuts
 * its tiles once, as a static page with the data in its style would, instead of drawing the page's
 * low-detail outlines on an empty basemap and cutting everything again when the rest arrives.
 */
function useStartWhen(ready: boolean): boolean {
  const [waited, setWaited] = useState(false);
  const [started, setStarted] = useState(ready);
  useEffect(() => {
    if (started) return;
    const timer = window.setTimeout(() => setWaited(true), DATA_WAIT_MS);
    return () => window.clearTimeout(timer);
  }, [started]);
  if (!started && (ready || waited)) setStarted(true);
  return started || ready || waited;
}

export function MapIsland({ data, outlinesReady, selected, highlight, padding, onSelect, onSelectPlace, attribution }: MapIslandProps) {
  const { data: context, error: contextError } = useSWR<FeatureCollection>(CONTEXT_URL, fetchJson, { revalidateOnFocus: false });
  const start = useStartWhen(outlinesReady && Boolean(context || contextError));
  const [mapError, setMapError] = useState<string | null>(null);
  // Read once: the view the link was sent with (#zoom/lat/lon); invalid hashes are ignored.
  const [initialView] = useState<MapViewState | null>(() => (typeof window === 'undefined' ? null : parseMapHash(window.location.hash)));
  // The outlines change only with the detail level; a new day changes statuses and localities.
  const shapesKey = outlineKey(data);
  const regions = useMemo(() => regionShapes(data), [shapesKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const statuses = useMemo(() => regionStatuses(data), [data]);
  const placesFc = placePoints(data);
  const placesKey = JSON.stringify(placesFc.features.map((f) => f.properties));
  const places = useMemo(() => placesFc, [placesKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const onViewChange = useCallback((view: MapViewState) => {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${formatMapHash(view)}`);
  }, []);
  const selectPlace = useCallback(
    (name: string) => {
      const hit = places.features.find((f) => f.properties?.name === name);
      if (hit) onSelectPlace(hit.properties!.region as string, hit.properties!.claim as string);
    },
    [places, onSelectPlace],
  );

  return (
    <main className="relative min-w-0 flex-1" aria-label="Map">
      {mapError ? (
        <MapMessage role="alert">{mapError}</MapMessage>
      ) : (
        <MapView
          ready={start}
          regions={regions}
          statuses={statuses}
          context={context}
          places={places}
          selected={selected}
          highlight={highlight}
          padding={padding}
          initialView={initialView}
          onViewChange={onViewChange}
          onSelect={onSelect}
          onSelectPlace={selectPlace}
          onError={setMapError}
          attribution={attribution}
        />
      )}
      {contextError && !mapError && (
        <p role="status" className="absolute left-2 top-2 rounded bg-white/90 px-2 py-1 text-xs shadow">
          The basemap could not be loaded; the regions are still shown.
        </p>
      )}
    </main>
  );
}
