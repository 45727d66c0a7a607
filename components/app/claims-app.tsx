'use client';
// The dashboard: region data through SWR, the lazily loaded map, the region list, the claims
// panel (a sidebar on desktop, a bottom sheet on phones), and the state that links them.
import dynamic from 'next/dynamic';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import useSWR from 'swr';
import type { Claim } from '@/lib/claims/types';
import type { RegionCollection } from '@/lib/regions/build';
import type { StatusKey } from '@/lib/regions/status';
import { ClaimsPanel } from '@/components/claims/claims-panel';
import { ClaimCard } from '@/components/claims/claim-card';
import { ExportActions } from '@/components/export/export-actions';
import { ExportMapView } from '@/components/export/export-map-view';
import { Legend } from '@/components/regions/legend';
import { RegionList } from '@/components/regions/region-list';
import { fetchJson } from './fetch-json';
import { SidePanel, type SheetState } from './side-panel';

const MapView = dynamic(() => import('@/components/map/map-view'), {
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

function useIsDesktop(): boolean {
  const [desktop, setDesktop] = useState(false);
  useEffect(() => {
    const mq = window.matchMedia('(min-width: 768px)');
    const update = () => setDesktop(mq.matches);
    update();
    mq.addEventListener('change', update);
    return () => mq.removeEventListener('change', update);
  }, []);
  return desktop;
}

export interface ClaimsAppProps {
  initialSlug: string | null;
  fallback?: RegionCollection;
}

export function ClaimsApp({ initialSlug, fallback }: ClaimsAppProps) {
  const { data, error, isLoading, mutate } = useSWR<RegionCollection>(REGIONS_URL, fetchJson, {
    fallbackData: fallback,
    revalidateOnFocus: false,
  });
  const { data: context, error: contextError } = useSWR<FeatureCollection>('/api/context', fetchJson, { revalidateOnFocus: false });
  const [selected, setSelected] = useState<string | null>(initialSlug);
  const [highlighted, setHighlighted] = useState<Claim | null>(null);
  const [activeClaim, setActiveClaim] = useState<string | null>(null);
  const [mapError, setMapError] = useState<string | null>(null);
  const [sheet, setSheet] = useState<SheetState>(initialSlug ? 'half' : 'peek');
  const desktop = useIsDesktop();
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const sheetRef = useRef<HTMLElement>(null);
  const [sheetHeight, setSheetHeight] = useState(0);

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

  const select = useCallback(
    (slug: string | null) => {
      setSelected(slug);
      setActiveClaim(null);
      setSheet(slug ? 'half' : 'peek');
    },
    [],
  );

  // Focus the panel heading when a region opens, so keyboard and screen reader users land there.
  useEffect(() => {
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
      select(hit.properties!.region as string);
      setActiveClaim(hit.properties!.claim as string);
      requestAnimationFrame(() => document.getElementById(`claim-${hit.properties!.claim}`)?.scrollIntoView({ block: 'center' }));
    },
    [places, select],
  );

  useEffect(() => {
    if (!sheetRef.current || desktop) return setSheetHeight(0);
    const el = sheetRef.current;
    const ro = new ResizeObserver(() => setSheetHeight(el.getBoundingClientRect().height));
    ro.observe(el);
    return () => ro.disconnect();
  }, [desktop]);

  const padding = useMemo(() => ({ top: 0, right: 0, left: 0, bottom: desktop ? 0 : Math.min(sheetHeight, 520) }), [desktop, sheetHeight]);
  const highlight = useMemo(
    () => ({
      region: highlighted ? (regions.find((f) => f.properties.iso === highlighted.region)?.properties.slug ?? null) : null,
      place: highlighted?.place?.name ?? null,
    }),
    [highlighted, regions],
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
              <section aria-labelledby="nationwide-heading">
                <h2 id="nationwide-heading" className="mb-2 text-xs font-bold uppercase tracking-wide text-slate-600">
                  About Ukraine as a whole
                </h2>
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
              </section>
            )}
            <section aria-labelledby="sources-heading" className="text-sm">
              <h2 id="sources-heading" className="mb-2 text-xs font-bold uppercase tracking-wide text-slate-600">
                Sources
              </h2>
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
            </section>
          </>
        )
      )}
    </div>
  );

  return (
    <div className="flex h-dvh flex-col">
      <header className="z-10 flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-2">
        <div className="min-w-0">
          <h1 className="truncate text-base font-bold md:text-lg">Who claims what: Luhansk, Donetsk, Kherson, Zaporizhzhia</h1>
          <p className="text-xs text-slate-600">A map of claims made in news text — not ground truth. Every claim links to its quote.</p>
        </div>
      </header>
      <div className="relative flex min-h-0 flex-1">
        <SidePanel ref={sheetRef} state={sheet} onStateChange={setSheet} label={region ? `${region.properties.name}: claims` : 'Regions and claims'}>
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
