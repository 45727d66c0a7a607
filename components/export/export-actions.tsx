'use client';
// The region panel's export controls: the summary card and the current map view as PNGs.
import type { RegionFeature } from '@/lib/presentation/region-view';
import { DownloadCard } from './download-card';
import { ExportMapView } from './export-map-view';

export function ExportActions({ region, regions, attribution }: { region: RegionFeature; regions: readonly RegionFeature[]; attribution: string }) {
  return (
    <section aria-label={`Export ${region.properties.name}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3" data-testid="export-actions">
      <h3 className="text-xs font-bold uppercase tracking-wide text-slate-600">Share as an image</h3>
      <DownloadCard slug={region.properties.slug} name={region.properties.name} />
      <ExportMapView region={region} regions={regions} attribution={attribution} />
    </section>
  );
}
