'use client';
// The dashboard: region data through SWR, the lazily loaded map, the region list, the claims
// panel (a sidebar on desktop, a bottom sheet on phones), and the state that links them.
import dynamic from 'next/dynamic';
import { usePathname } from 'next/navigation';
import { preload } from 'react-dom';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import useSWR from 'swr';
import type { Claim } from '@/lib/claims/types';
import type { RegionCollection } from '@/lib/regions/build';
import type { StatusKey } from '@/lib/regions/status';
import { formatMapHash, parseMapHash, type MapViewState } from '@/lib/regions/map-hash';
import { OBLAST_SLUGS } from '@/lib/oblasts';
import { ClaimsPanel } from '@/components/claims/claims-panel';
import { ClaimCard } from '@/components/claims/claim-card';
import { ExportActions } from '@/components/export/export-actions';
import { ExportMapView } from '@/components/export/export-map-view';
import { Legend } from '@/components/regions/legend';
import { Section } from '@/components/ui/section';
import { RegionList } from '@/components/regions/region-list';
import { fetchJson } from './fetch-json';
import { SHEET_FRACTION, SidePanel, type SheetState } from './side-panel';

// The map's chunk (MapLibre, ~290 KB gzip) is requested as soon as this module runs in the
// browser, while React hydrates, instead of after hydration when <MapView> first renders.
const loadMapView = () => import('@/components/map/map-view');
if (typeof window !== 'undefined') void loadMapView();

const MapView = dynamic(loadMapView, {
  ssr: false,
  loading: () => <MapMessage>Loading the map…</MapMessage>,
});

export const REGIONS_URL = '/api/regions?detail=medium';

function MapMessage({ children, role }: { children: React.ReactNode; role?: 'alert' | 'status' }) {
  return (
    <div role={role ?? 'status'} className="absolute inset-0 flex items-center justify-center bg-[#cfe3ef] p-6 text-center text-slate-800">
      <div className="max-w-sm rounded-lg bg-white/90 p-4 shadow">{children}</div>
    </div>
  );
}

/** Whether the desktop layout applies (md and up), and the viewport height, kept current. */
function useViewport(): { desktop: boolean; height: number } {
  const [viewport, setViewport] = useState({ desktop: false, height: 800 });
  useEffect(() => {
    const mq = window.matchMedia('(min-width: 768px)');
    const update = () => setViewport({ desktop: mq.matches, height: window.innerHeight });
    update();
    mq.addEventListener('change', update);
    window.addEventListener('resize', update);
    return () => {
      mq.removeEventListener('change', update);
      window.removeEventListener('resize', update);
    };
  }, []);
  return viewport;
}

export interface ClaimsAppProps {
  fallback?: RegionCollection;
}

/** The selected region is the path: /regions/{slug}; / selects none. */
function slugFromPath(pathname: string | null): string | null {
  const m = /^\/regions\/([^/]+)$/.exec(pathname ?? '');
  return m && (OBLAST_SLUGS as readonly string[]).includes(m[1]) ? m[1] : null;
}

/** The label fonts the embedded map style asks for first, fetched with the page, not after the map's style. */
const MAP_FONTS = ['/fonts/noto-sans-latin-700-normal.woff2', '/fonts/noto-sans-latin-400-normal.woff2'];

export function ClaimsApp({ fallback }: ClaimsAppProps) {
  // as: 'fetch' with CORS, the way MapLibre's font loader requests them, so the preload is reused.
  for (const href of MAP_FONTS) preload(href, { as: 'fetch', crossOrigin: 'anonymous' });
  const pathname = usePathname();
  const selected = slugFromPath(pathname);
  const { data, error, isLoading, mutate } = useSWR<RegionCollection>(REGIONS_URL, fetchJson, {
    fallbackData: fallback,
    revalidateOnFocus: false,
  });
  const { data: context, error: contextError } = useSWR<FeatureCollection>('/api/context', fetchJson, { revalidateOnFocus: false });
  const [highlighted, setHighlighted] = useState<Claim | null>(null);
  const [activeClaim, setActiveClaim] = useState<string | null>(null);
  const [mapError, setMapError] = useState<string | null>(null);
  const [sheet, setSheet] = useState<SheetState>(selected ? 'half' : 'peek');
  // Read once: the view the link was sent with (#zoom/lat/lon); invalid hashes are ignored.
  const [initialView] = useState<MapViewState | null>(() => (typeof window === 'undefined' ? null : parseMapHash(window.location.hash)));
  const { desktop, height: viewportHeight } = useViewport();
  const panelHeading = useRef<HTMLHeadingElement>(null);

  const regions = data?.features ?? [];
  const region = regions.find((f) => f.properties.slug === selected) ?? null;

  // Shapes for the map: geometry plus the few properties the style reads. Stable while data is.
  const mapRegions = useMemo<FeatureCollection>(
    () => ({
      type: 'FeatureCollection',
      features: (data?.features ?? []).map((f) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: { slug: f.properties.slug, name: f.properties.name, label: f.properties.label, statusKey: f.properties.status.key, claimed: f.properties.status.claimedBy.length > 0 },
      })),
    }),
    [data],
  );
  const places = useMemo<FeatureCollection<Point>>(() => {
    const byName = new Map<string, Feature<Point>>();
    for (const f of data?.features ?? []) {
      for (const c of f.properties.claims) {
        if (!c.place || byName.has(c.place.name)) continue;
        byName.set(c.place.name, {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [c.place.lon, c.place.lat] },
          properties: { name: c.place.name, region: f.properties.slug, claim: c.id },
        });
      }
    }
    return { type: 'FeatureCollection', features: [...byName.values()] };
  }, [data]);
  const present = useMemo(() => new Set<StatusKey>(regions.map((f) => f.properties.status.key)), [regions]);

  // Selecting a region pushes its URL (no reload); Back/Forward change the path and so the selection.
  const select = useCallback(
    (slug: string | null, claim: string | null = null) => {
      setActiveClaim(claim);
      setSheet(slug ? 'half' : 'peek');
      const path = slug ? `/regions/${slug}` : '/';
      const url = `${path}${claim ? `?claim=${encodeURIComponent(claim)}` : ''}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.pushState(null, '', url);
    },
    [],
  );

  // A claim link (?claim=id) highlights its card and place; an unknown id is ignored. Read from
  // location (not useSearchParams) so statically generated region pages still render on the server.
  useEffect(() => {
    const read = () => setActiveClaim(new URLSearchParams(window.location.search).get('claim'));
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [pathname]);
  const active = region?.properties.claims.find((c) => c.id === activeClaim) ?? null;
  useEffect(() => {
    if (!active) return;
    const el = document.getElementById(`claim-${active.id}`);
    el?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [active]);

  const onViewChange = useCallback((view: MapViewState) => {
    const { pathname: p, search } = window.location;
    window.history.replaceState(window.history.state, '', `${p}${search}${formatMapHash(view)}`);
  }, []);

  // Focus the panel heading when the reader opens a region, so keyboard and screen reader users
  // land there; a page that opens on a region (a deep link) leaves focus where the browser put it.
  const firstSelection = useRef(true);
  useEffect(() => {
    if (firstSelection.current) {
      firstSelection.current = false;
      return;
    }
    if (selected) panelHeading.current?.focus({ preventScroll: true });
  }, [selected]);

  const close = useCallback(() => {
    const was = selected;
    select(null);
    if (was) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-region="${was}"]`)?.focus());
  }, [select, selected]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && selected) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close, selected]);

  const selectPlace = useCallback(
    (name: string) => {
      const hit = places.features.find((f) => f.properties?.name === name);
      if (!hit) return;
      select(hit.properties!.region as string, hit.properties!.claim as string);
    },
    [places, select],
  );

  // On a phone the sheet covers the bottom of the map: fit regions above the height the sheet is
  // going to (not the height it is animating from), leaving at least 160 px of map.
  const padding = useMemo(() => {
    const covered = desktop ? 0 : Math.round(SHEET_FRACTION[sheet] * viewportHeight);
    return { top: 0, right: 0, left: 0, bottom: Math.min(covered, Math.max(0, viewportHeight - 160 - 120)) };
  }, [desktop, sheet, viewportHeight]);
  const highlight = useMemo(
    () => ({
      region: highlighted ? (regions.find((f) => f.properties.iso === highlighted.region)?.properties.slug ?? null) : null,
      place: (highlighted ?? active)?.place?.name ?? null,
    }),
    [highlighted, active, regions],
  );

  const documents = useMemo(() => {
    const all = new Map<string, RegionCollection['nationwide']['documents'][number]>();
    for (const f of regions) for (const d of f.properties.documents) all.set(d.id, d);
    for (const d of data?.nationwide.documents ?? []) all.set(d.id, d);
    return [...all.values()];
  }, [regions, data]);

  const sidebar = (
    <div className="space-y-5 p-4">
      {error && !data && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm">
          <p className="font-semibold">The regions could not be loaded.</p>
          <p>{error.message}</p>
          <button type="button" onClick={() => mutate()} className="mt-2 min-h-11 rounded-md bg-red-800 px-4 font-semibold text-white">
            Retry
          </button>
        </div>
      )}
      {isLoading && !data && <p role="status">Loading regions…</p>}
      {data && <RegionList regions={regions} selected={selected} compact={Boolean(region)} onSelect={select} />}
      {region ? (
        <ClaimsPanel ref={panelHeading} region={region} activeClaim={activeClaim} onClose={close} onHighlight={setHighlighted} actions={<ExportActions region={region} regions={regions} />} />
      ) : (
        data && (
          <>
            {regions.every((f) => f.properties.claims.length === 0) && (
              <p className="rounded-md bg-slate-100 p-3 text-sm">
                No claims were found in the source articles yet. Articles are read from the <code>seeds/</code> folder.
              </p>
            )}
            <Legend present={present} />
            <ExportMapView region={null} regions={regions} />
            {data.nationwide.claims.length > 0 && (
              <Section id="nationwide-heading" title="About Ukraine as a whole">
                <div className="space-y-2">
                  {data.nationwide.claims.map((c) => (
                    <ClaimCard
                      key={c.id}
                      claim={c}
                      regionName={null}
                      document={data.nationwide.documents.find((d) => d.id === c.quote.document)}
                      active={false}
                      onHighlight={setHighlighted}
                    />
                  ))}
                </div>
              </Section>
            )}
            <Section id="sources-heading" title="Sources" className="text-sm">
              <ul className="list-disc space-y-1 pl-5">
                {documents.map((d) => (
                  <li key={d.id}>
                    <a className="text-blue-800 underline" href={`/documents/${encodeURIComponent(d.id)}`}>
                      {d.title}
                    </a>
                    {d.publisher ? ` — ${d.publisher}` : ''}
                    {d.published ? `, ${d.published}` : ''}
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-xs text-slate-600">Boundaries: Natural Earth. Localities: GeoNames.</p>
            </Section>
          </>
        )
      )}
    </div>
  );

  return (
    <div className="flex h-dvh flex-col overflow-hidden">
      <header className="z-10 flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-2">
        <div className="min-w-0">
          <h1 className="text-base font-bold leading-tight md:truncate md:text-lg">
            Who claims what<span className="hidden sm:inline">: Luhansk, Donetsk, Kherson, Zaporizhzhia</span>
          </h1>
          <p className="text-xs text-slate-600">A map of claims made in news text — not ground truth. Every claim links to its quote.</p>
        </div>
      </header>
      <div className="relative flex min-h-0 flex-1">
        <SidePanel state={sheet} onStateChange={setSheet} label={region ? `${region.properties.name}: claims` : 'Regions and claims'}>
          {sidebar}
        </SidePanel>
        <main className="relative min-w-0 flex-1" aria-label="Map">
          {mapError ? (
            <MapMessage role="alert">{mapError}</MapMessage>
          ) : (
            <MapView
              regions={mapRegions}
              context={context}
              places={places}
              selected={selected}
              highlight={highlight}
              padding={padding}
              initialView={initialView}
              onViewChange={onViewChange}
              onSelect={select}
              onSelectPlace={selectPlace}
              onError={setMapError}
            />
          )}
          {contextError && !mapError && (
            <p role="status" className="absolute left-2 top-2 rounded bg-white/90 px-2 py-1 text-xs shadow">
              The basemap could not be loaded; the regions are still shown.
            </p>
          )}
        </main>
      </div>
    </div>
  );
}
