'use client';
// The region panel's export controls: the summary card and the current map view as PNGs.
import type { RegionFeature } from '@/lib/regions/build';
import { DownloadCard } from './download-card';
import { ExportMapView } from './export-map-view';

export function ExportActions({ region, regions }: { region: RegionFeature; regions: readonly RegionFeature[] }) {
  return (
    <section aria-label={`Export ${region.properties.name}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3" data-testid="export-actions">
      <h3 className="text-xs font-bold uppercase tracking-wide text-slate-600">Share as an image</h3>
      <DownloadCard slug={region.properties.slug} name={region.properties.name} />
      <ExportMapView region={region} regions={regions} />
    </section>
  );
}
