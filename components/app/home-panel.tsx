'use client';
// The panel with no region open: the legend (rendered on the server, passed in), the map-view
// export, claims about Ukraine as a whole and the source articles with their credits.
import type { Claim } from '@/lib/claims/types';
import { mapDataCredit } from '@/lib/presentation/credits';
import type { RegionCollection } from '@/lib/presentation/region-view';
import type { StatusKey } from '@/lib/regions/status';
import type { PlaceState } from '@/lib/regions/summary';
import dynamic from 'next/dynamic';
import { LegendPresence } from '@/components/regions/legend-presence';
import { Section } from '@/components/ui/section';
import { useView } from './view-context';

// Below the legend, nothing here is part of the map's first view: the lists and the export come in
// their own chunks (server-rendered, so the HTML names them and they load beside the page's scripts
// without delaying the map's).
const ClaimList = dynamic(() => import('@/components/claims/claim-list').then((m) => m.ClaimList));
const DocumentList = dynamic(() => import('@/components/sources/document-list').then((m) => m.DocumentList));
const ExportMapView = dynamic(() => import('@/components/export/export-map-view').then((m) => m.ExportMapView));

export function HomePanel({
  data,
  legend,
  version,
  attribution,
  onHighlight,
}: {
  data: RegionCollection;
  legend: React.ReactNode;
  version: string | undefined;
  attribution: string;
  onHighlight: (claim: Claim | null) => void;
}) {
  const regions = data.features;
  const { asOf } = useView();
  const present = new Set<StatusKey>(regions.map((f) => f.properties.status.key));
  const places = new Set<PlaceState>(regions.flatMap((f) => f.properties.places.map((p) => p.state)));
  return (
    <>
      {regions.every((f) => f.properties.counts.total === 0) && (
        <p className="rounded-md bg-slate-100 p-3 text-sm">
          No claims were found in the source articles yet. Articles are read from the <code>seeds/</code> folder.
        </p>
      )}
      <LegendPresence present={present} places={places}>{legend}</LegendPresence>
      <ExportMapView region={null} regions={regions} attribution={attribution} />
      {data.nationwide.counts.total > 0 && (
        <Section
          id="nationwide-heading"
          title={
            <>
              About Ukraine as a whole {!asOf && <span className="font-normal">({data.nationwide.counts.total})</span>}
            </>
          }
        >
          <ClaimList slug="ukraine" regionName={null} filter={{ asOf }} version={version} activeClaim={null} onHighlight={onHighlight} lazy />
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
          {[mapDataCredit(), ...data.corpus.credits].map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
        </p>
      </Section>
    </>
  );
}
