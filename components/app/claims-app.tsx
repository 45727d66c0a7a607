'use client';
// The dashboard's client part: it joins the state (the URL's region and claim, the region data,
// the sheet) to the two things drawn from it, the panel (a sidebar on desktop, a bottom sheet on
// phones) and the map island, which share the map instance through context. What holds no state
// (the header, the legend) is rendered on the server and passed in.
import { preload } from 'react-dom';
import { useCallback, useMemo, useState } from 'react';
import type { Claim } from '@/lib/claims/types';
import type { ClaimBody, ClaimsPageBody } from '@/lib/http/api-types';
import { attributionLine } from '@/lib/presentation/credits';
import type { RegionCollection } from '@/lib/presentation/region-view';
import { ClaimsPanel } from '@/components/claims/claims-panel';
import { ExportActions } from '@/components/export/export-actions';
import { MapProvider } from '@/components/map/map-context';
import { RegionList } from '@/components/regions/region-list';
import { HomePanel } from './home-panel';
import { MapIsland } from './map-island';
import { RegionsLoadState } from './regions-load-state';
import { SHEET_FRACTION, SidePanel, type SheetState } from './side-panel';
import { useLinkedClaim } from './use-linked-claim';
import { usePanelFocus } from './use-panel-focus';
import { useRegions } from './use-regions';
import { useSelection } from './use-selection';
import { useViewport } from './use-viewport';

export interface ClaimsAppProps {
  fallback?: RegionCollection;
  /** The first page of the opened region's claims, embedded by its page. */
  initialClaims?: { slug: string; page: ClaimsPageBody };
  /** The claim the page's link named (?claim=), resolved by the server: null when it is not this region's. */
  initialLinked?: { id: string; body: ClaimBody | null };
  /** The legend, rendered on the server. */
  legend?: React.ReactNode;
}

/** The label fonts the embedded map style asks for first, fetched with the page, not after the map's style. */
const MAP_FONTS = ['/fonts/noto-sans-latin-700-normal.woff2', '/fonts/noto-sans-latin-400-normal.woff2'];

export function ClaimsApp({ fallback, initialClaims, initialLinked, legend }: ClaimsAppProps) {
  // as: 'fetch' with CORS, the way MapLibre's font loader requests them, so the preload is reused.
  for (const href of MAP_FONTS) preload(href, { as: 'fetch', crossOrigin: 'anonymous' });
  const { selected, activeClaim, select } = useSelection();
  const { data, error, isLoading, retry, version } = useRegions(fallback);
  const [highlighted, setHighlighted] = useState<Claim | null>(null);
  const [sheet, setSheet] = useState<SheetState>(selected ? 'half' : 'peek');
  const { desktop, height: viewportHeight } = useViewport();

  const regions = data?.features ?? [];
  const region = regions.find((f) => f.properties.slug === selected) ?? null;
  const linked = useLinkedClaim(activeClaim, region?.properties.slug ?? null, initialLinked);

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
  // going to (not the height it is animating from), leaving at least 160 px of map.
  const padding = useMemo(() => {
    const covered = desktop ? 0 : Math.round(SHEET_FRACTION[sheet] * viewportHeight);
    return { top: 0, right: 0, left: 0, bottom: Math.min(covered, Math.max(0, viewportHeight - 160 - 120)) };
  }, [desktop, sheet, viewportHeight]);
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
    <MapProvider>
      <div className="relative flex min-h-0 flex-1">
        <SidePanel state={sheet} onStateChange={setSheet} label={region ? `${region.properties.name}: claims` : 'Regions and claims'}>
          <div className="space-y-5 p-4">
            {!data && <RegionsLoadState error={error} loading={isLoading} onRetry={retry} />}
            {data && <RegionList regions={regions} selected={selected} compact={Boolean(region)} onSelect={open} />}
            {region ? (
              <ClaimsPanel
                ref={heading}
                region={region}
                linked={linked.claim}
                linkedDocument={linked.document ?? undefined}
                activeClaim={activeClaim}
                firstPage={initialClaims?.slug === region.properties.slug ? initialClaims.page : undefined}
                version={version}
                onClose={close}
                onHighlight={setHighlighted}
                actions={<ExportActions region={region} regions={regions} attribution={attribution} />}
              />
            ) : (
              data && <HomePanel data={data} legend={legend} version={version} attribution={attribution} onHighlight={setHighlighted} />
            )}
          </div>
        </SidePanel>
        <MapIsland data={data} selected={selected} highlight={highlight} padding={padding} onSelect={open} onSelectPlace={open} attribution={attribution} />
      </div>
    </MapProvider>
  );
}
