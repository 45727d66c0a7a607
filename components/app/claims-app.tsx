'use client';
// The dashboard: region data through SWR, the lazily loaded map, the region list, the claims
// panel (a sidebar on desktop, a bottom sheet on phones), and the state that links them.
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { preload } from 'react-dom';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import useSWR from 'swr';
import type { Claim } from '@/lib/claims/types';
import type { ClaimBody, ClaimsPageBody } from '@/lib/http/api-types';
import { OBLAST_SLUGS } from '@/lib/oblasts';
import { attributionLine, mapDataCredit } from '@/lib/presentation/credits';
import type { RegionCollection } from '@/lib/presentation/region-view';
import type { StatusKey } from '@/lib/regions/status';
import { formatMapHash, parseMapHash, type MapViewState } from '@/lib/urls/map-hash';
import { ClaimList } from '@/components/claims/claim-list';
import { ClaimsPanel } from '@/components/claims/claims-panel';
import { ExportActions } from '@/components/export/export-actions';
import { ExportMapView } from '@/components/export/export-map-view';
import { Legend } from '@/components/regions/legend';
import { DocumentList } from '@/components/sources/document-list';
import { Section } from '@/components/ui/section';
import { RegionList } from '@/components/regions/region-list';
import { useDataVersion, useRevalidateOn } from './data-version';
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
  /** The first page of the opened region's claims, embedded by its page. */
  initialClaims?: { slug: string; page: ClaimsPageBody };
  /** The claim the page's link named (?claim=), resolved by the server: null when it is not this region's. */
  initialLinked?: { id: string; body: ClaimBody | null };
}

/** The selected region is the path: /regions/{slug}; / selects none. */
function slugFromPath(pathname: string | null): string | null {
  const m = /^\/regions\/([^/]+)$/.exec(pathname ?? '');
  return m && (OBLAST_SLUGS as readonly string[]).includes(m[1]) ? m[1] : null;
}

/** The label fonts the embedded map style asks for first, fetched with the page, not after the map's style. */
const MAP_FONTS = ['/fonts/noto-sans-latin-700-normal.woff2', '/fonts/noto-sans-latin-400-normal.woff2'];

export function ClaimsApp({ fallback, initialClaims, initialLinked }: ClaimsAppProps) {
  // as: 'fetch' with CORS, the way MapLibre's font loader requests them, so the preload is reused.
  for (const href of MAP_FONTS) preload(href, { as: 'fetch', crossOrigin: 'anonymous' });
  const pathname = usePathname();
  const selected = slugFromPath(pathname);
  const { data, error, isLoading, mutate } = useSWR<RegionCollection>(REGIONS_URL, fetchJson, {
    fallbackData: fallback,
    revalidateOnFocus: false,
  });
  // New articles: the server says the data version changed, and everything shown is fetched again.
  const version = useDataVersion(fallback?.corpus.version);
  useRevalidateOn(version, mutate);
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
      for (const p of f.properties.places ?? []) {
        if (byName.has(p.name)) continue;
        byName.set(p.name, {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
          properties: { name: p.name, region: f.properties.slug, claim: p.claim },
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
  // The linked claim is shown first in the panel (it may be on any page of the region's claims).
  // The server resolved the one the page was opened with; one selected later (a place on the map)
  // is looked up. A claim of another region, or an unknown id, is ignored.
  const resolved = initialLinked && initialLinked.id === activeClaim ? initialLinked : undefined;
  const { data: fetchedLinked } = useSWR<ClaimBody>(
    activeClaim && !resolved && /^[\w-]{1,80}$/.test(activeClaim) ? `/api/claims/${encodeURIComponent(activeClaim)}` : null,
    fetchJson,
    { revalidateOnFocus: false, shouldRetryOnError: false },
  );
  const linkedBody = resolved ? resolved.body : fetchedLinked;
  const active = linkedBody && linkedBody.claim.id === activeClaim && region && linkedBody.region === region.properties.slug ? linkedBody.claim : null;
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

  const corpusCredits = data?.corpus.credits ?? [];
  const attribution = useMemo(() => attributionLine(corpusCredits), [corpusCredits.join('|')]); // eslint-disable-line react-hooks/exhaustive-deps

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
        <ClaimsPanel
          ref={panelHeading}
          region={region}
          linked={active}
          linkedDocument={linkedBody?.document ?? undefined}
          activeClaim={activeClaim}
          firstPage={initialClaims?.slug === region.properties.slug ? initialClaims.page : undefined}
          version={version}
          onClose={close}
          onHighlight={setHighlighted}
          actions={<ExportActions region={region} regions={regions} attribution={attribution} />}
        />
      ) : (
        data && (
          <>
            {regions.every((f) => f.properties.counts.total === 0) && (
              <p className="rounded-md bg-slate-100 p-3 text-sm">
                No claims were found in the source articles yet. Articles are read from the <code>seeds/</code> folder.
              </p>
            )}
            <Legend present={present} />
            <ExportMapView region={null} regions={regions} attribution={attribution} />
            {data.nationwide.counts.total > 0 && (
              <Section
                id="nationwide-heading"
                title={
                  <>
                    About Ukraine as a whole <span className="font-normal">({data.nationwide.counts.total})</span>
                  </>
                }
              >
                <ClaimList slug="ukraine" regionName={null} filter={{}} version={version} activeClaim={null} onHighlight={setHighlighted} lazy />
              </Section>
            )}
            <Section
              id="sources-heading"
              title={
                <>
                  Sources <span className="font-normal">({data.corpus.documents} articles)</span>
                </>
              }
              className="text-sm"
            >
              <DocumentList version={version} />
              <p className="mt-2 text-xs text-slate-600" data-testid="credits">
                {[mapDataCredit(), ...corpusCredits].map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
              </p>
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
        <Link href="/check" className="inline-flex min-h-11 shrink-0 items-center text-sm font-semibold text-blue-800 underline underline-offset-2">
          Check an article
        </Link>
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
              attribution={attribution}
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
