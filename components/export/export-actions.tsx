'use client';
// The region panel's sharing controls, after the evidence: the link to what the reader sees, the
// summary card and the current map view as PNGs.
import type { RegionFeature } from '@/lib/presentation/region-view';
import { viewUrl } from '@/lib/urls/view-url';
import { useView } from '@/components/app/view-context';
import { ShareButton } from '@/components/claims/share-button';
import { DownloadCard } from './download-card';
import { ExportMapView } from './export-map-view';

export function ExportActions({ region, regions, attribution }: { region: RegionFeature; regions: readonly RegionFeature[]; attribution: string }) {
  const { asOf } = useView();
  const p = region.properties;
  return (
    <section aria-label={`Share or export ${p.name}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3" data-testid="export-actions">
      <h3 className="text-xs font-bold uppercase tracking-wide text-slate-600">Share this view</h3>
      <ShareButton
        path={viewUrl({ slug: p.slug, claim: null, asOf })}
        withView
        title={`${p.name} — who controls it, according to the sources`}
        label="Share"
        className="min-h-11 rounded-md bg-slate-900 px-4 text-sm font-semibold text-white hover:bg-slate-700"
      />
      <h3 className="pt-1 text-xs font-bold uppercase tracking-wide text-slate-600">Or as an image</h3>
      <DownloadCard slug={p.slug} name={p.name} />
      <ExportMapView region={region} regions={regions} attribution={attribution} />
    </section>
  );
}
