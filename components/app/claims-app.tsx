'use client';
// The dashboard's client part: it joins the state (the URL's region, claim and day, the region
// data as of that day, the sheet) to what is drawn from it: the time control, the panel (a sidebar
// on desktop, a bottom sheet on phones) and the map island, which share the map instance through
// context. What holds no state (the header, the legend) is rendered on the server and passed in.
import { preload } from 'react-dom';
import { useCallback, useMemo, useState } from 'react';
import type { Claim } from '@/lib/claims/types';
import type { ClaimBody, ClaimsPageBody } from '@/lib/http/api-types';
import type { Side } from '@/lib/listing/sides';
import { attributionLine } from '@/lib/presentation/credits';
import type { RegionCollection } from '@/lib/presentation/region-view';
import dynamic from 'next/dynamic';
import { MapProvider } from '@/components/map/map-context';
import { RegionList } from '@/components/regions/region-list';
import { TimeControl } from '@/components/time/time-control';
import { HomePanel } from './home-panel';
import { CONTEXT_URL, regionsUrl } from './api-urls';
import { MapIsland } from './map-island';
import { RegionsLoadState } from './regions-load-state';
import { SHEET_FRACTION, SidePanel, type SheetState } from './side-panel';
import { useLinkedClaim } from './use-linked-claim';
import { usePanelFocus } from './use-panel-focus';
import { usePrefetchNeighbours, useRegions } from './use-regions';
import { todayUtc, useSelection } from './use-selection';
import { useThrottled } from './use-throttled';
import { useTimeline } from './use-timeline';
import { useViewport } from './use-viewport';
import { ViewProvider } from './view-context';

// A region's panel (the ledger, its filters, sharing and export) is not part of the map's first
// view on the home page: its code comes in its own chunk, named in the HTML of a region's page
// (server-rendered there) and fetched on the home page when a region is first opened.
const ClaimsPanel = dynamic(() => import('@/components/claims/claims-panel').then((m) => m.ClaimsPanel));
const ExportActions = dynamic(() => import('@/components/export/export-actions').then((m) => m.ExportActions));

/** While the reader drags through time, the server is asked for at most one day this often. */
const FETCH_EVERY_MS = 100;

export interface ClaimsAppProps {
  fallback?: RegionCollection;
  /** The first page of each ledger group (by the side that speaks) of the opened region, embedded by its page. */
  initialClaims?: { slug: string; pages: Partial<Record<Side, ClaimsPageBody>> };
  /** The claim the page's link named (?claim=), resolved by the server: null when it is not this region's. */
  initialLinked?: { id: string; body: ClaimBody | null };
  /** The legend, rendered on the server. */
  legend?: React.ReactNode;
}

/** The label fonts the embedded map style asks for first, fetched with the page, not after the map's style. */
const MAP_FONTS = ['/fonts/noto-sans-latin-700-normal.woff2', '/fonts/noto-sans-latin-400-normal.woff2'];

export function ClaimsApp({ fallback, initialClaims, initialLinked, legend }: ClaimsAppProps) {
  // as: 'fetch' with CORS, the way MapLibre's font loader and fetch() ask, so the preloads are reused:
  // the fonts, and the data the map's first frame draws (outlines and basemap), which would
  // otherwise be asked for only after the scripts have run.
  for (const href of [...MAP_FONTS, regionsUrl(fallback?.asOf ?? null), CONTEXT_URL]) preload(href, { as: 'fetch', crossOrigin: 'anonymous' });
  const { selected, activeClaim, asOf, select, setAsOf, remember } = useSelection(fallback?.asOf ?? null);
  const fetchAsOf = useThrottled(asOf, FETCH_EVERY_MS);
  const { data, error, isLoading, retry, pending, fetched, version } = useRegions(fallback, fetchAsOf);
  const timeline = useTimeline(version);
  const publicationDays = useMemo(() => timeline?.days.filter((d) => d.documents > 0).map((d) => d.date), [timeline]);
  // Only once the reader has moved through time: the page's first load has better uses for the network.
  const [moved, setMoved] = useState(false);
  const changeDay = useCallback(
    (day: string | null) => {
      setMoved(true);
      setAsOf(day);
    },
    [setAsOf],
  );
  usePrefetchNeighbours(publicationDays, asOf, moved && !pending && fetchAsOf === asOf);
  const [today] = useState(todayUtc);
  const view = useMemo(() => ({ asOf, remember }), [asOf, remember]);
  const [highlighted, setHighlighted] = useState<Claim | null>(null);
  const [sheet, setSheet] = useState<SheetState>(selected ? 'half' : 'peek');
  const { desktop, height: viewportHeight } = useViewport();

  const regions = data?.features ?? [];
  const region = regions.find((f) => f.properties.slug === selected) ?? null;
  const linked = useLinkedClaim(activeClaim, region?.properties.slug ?? null, initialLinked);
  // What the panel shows is the data on screen (the previous day's while the new one loads).
  const shownAsOf = data?.asOf ?? null;

  // Opening a region raises the sheet to half height; closing lowers it to a peek.
  const open = useCallback(
    (slug: string | null, claim: string | null = null) => {
      setSheet(slug ? 'half' : 'peek');
      select(slug, claim);
    },
    [select],
  );
  const { heading, close } = usePanelFocus(selected, open);

  // On a phone the sheet covers the bottom of the map: fit regions above the height the sheet is
  // going to (not the height it is animating from), leaving at least 160 px of map. Raised full,
  // the sheet leaves a strip too thin to fit anything in: the map keeps the half-height fit.
  const fitSheet = sheet === 'full' ? 'half' : sheet;
  const padding = useMemo(() => {
    const covered = desktop ? 0 : Math.round(SHEET_FRACTION[fitSheet] * viewportHeight);
    return { top: 0, right: 0, left: 0, bottom: Math.min(covered, Math.max(0, viewportHeight - 160 - 120)) };
  }, [desktop, fitSheet, viewportHeight]);
  const highlight = useMemo(
    () => ({
      region: highlighted ? (regions.find((f) => f.properties.iso === highlighted.region)?.properties.slug ?? null) : null,
      place: (highlighted ?? linked.claim)?.place?.name ?? null,
    }),
    [highlighted, linked.claim, regions],
  );

  const credits = data?.corpus.credits ?? [];
  const attribution = useMemo(() => attributionLine(credits), [credits.join('|')]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <MapProvider coveredBottom={padding.bottom}>
      <ViewProvider value={view}>
        <TimeControl
          days={timeline?.days}
          first={timeline?.first ?? null}
          last={timeline?.last ?? null}
          asOf={asOf}
          onChange={changeDay}
          pending={pending || fetchAsOf !== asOf}
          today={today}
        />
        <div className="relative flex min-h-0 flex-1">
          <SidePanel state={sheet} onStateChange={setSheet} label={region ? `${region.properties.name}: claims` : 'Regions and claims'}>
            {/* On a phone the handle above already leaves room: the content starts close under it. */}
            <div className="space-y-5 p-4 pt-1 md:pt-4">
              {!data && <RegionsLoadState error={error} loading={isLoading} onRetry={retry} />}
              {data && <RegionList regions={regions} selected={selected} compact={Boolean(region)} onSelect={open} />}
              {region ? (
                <ClaimsPanel
                  ref={heading}
                  region={region}
                  asOf={shownAsOf}
                  linked={linked.claim}
                  linkedDocument={linked.document ?? undefined}
                  activeClaim={activeClaim}
                  firstPages={initialClaims?.slug === region.properties.slug ? initialClaims.pages : undefined}
                  version={version}
                  onClose={close}
                  onHighlight={setHighlighted}
                  onOpenClaim={(claim) => open(region.properties.slug, claim)}
                  actions={<ExportActions region={region} regions={regions} attribution={attribution} />}
                />
              ) : (
                data && <HomePanel data={data} legend={legend} version={version} attribution={attribution} onHighlight={setHighlighted} />
              )}
            </div>
          </SidePanel>
          <MapIsland data={data} outlinesReady={fetched || Boolean(error)} selected={selected} highlight={highlight} padding={padding} onSelect={open} onSelectPlace={open} attribution={attribution} />
        </div>
      </ViewProvider>
    </MapProvider>
  );
}
