'use client';
// "Export map view": the map as the reader sees it, captured after MapLibre's `idle` (the canvas
// keeps its pixels: preserveDrawingBuffer) and cut to the part above the phone's bottom sheet,
// composed with title, legend, the day it is as of, attribution and the link that reopens it
// (region, day, claim and map position), and saved as <slug or "map">-map-<yyyy-mm-dd>.png (the
// day it is as of, or today). The map comes from the map context (components/map/map-context.tsx).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useState } from 'react';
import { asOfPhrase } from '@/lib/presentation/day';
import { legendEntries } from '@/lib/presentation/legend';
import { isHatched } from '@/lib/presentation/palette';
import type { RegionFeature } from '@/lib/presentation/region-view';
import { viewUrl } from '@/lib/urls/view-url';
import { useView } from '@/components/app/view-context';
import { useMap, useMapCover } from '@/components/map/map-context';
import { composeMapImage, type MapImageLegendEntry } from './compose-map-image';
import { localDate, saveBlob } from './save-file';

const IDLE_TIMEOUT_MS = 5000;

/** Resolves once the map has drawn a frame with nothing left to load or animate. */
function afterIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, IDLE_TIMEOUT_MS);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), 'image/png'));
}

export function ExportMapView({ region, regions, attribution }: { region: RegionFeature | null; regions: readonly RegionFeature[]; attribution: string }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const map = useMap();
  const cover = useMapCover();
  const { asOf } = useView();

  async function exportView() {
    if (!map) {
      setMessage('The map is not shown, so there is no view to export.');
      return;
    }
    setBusy(true);
    setMessage('Capturing the map…');
    try {
      await afterIdle(map);
      const date = localDate();
      const canvas = map.getCanvas();
      const visible = Math.max(1, canvas.clientHeight - cover());
      const legend: MapImageLegendEntry[] = legendEntries({
        present: new Set(regions.map((f) => f.properties.status.key)),
        hatch: regions.some((f) => isHatched(f.properties.status)),
        placeStates: new Set(regions.flatMap((f) => f.properties.places.map((p) => p.state))),
      }).map((e) => ({ label: e.label, fill: e.fill, hatched: e.kind === 'hatch', stripes: e.pattern?.colour, dot: e.kind === 'place' ? (e.stroke ?? '#ffffff') : undefined }));
      // The link that reopens this view: the region, the day, the claim a link opened and the map's position.
      const claim = region ? new URLSearchParams(window.location.search).get('claim') : null;
      const path = viewUrl({ slug: region?.properties.slug ?? null, claim, asOf }, window.location.hash);
      const image = composeMapImage(canvas, {
        title: region ? `Who claims what: ${region.properties.name}` : 'Who claims what: Luhansk, Donetsk, Kherson, Zaporizhzhia',
        subtitle: `Claims made in news text, not verified facts, ${asOfPhrase(asOf)} · map exported ${date}`,
        legend,
        attribution: `${attribution} · Claims: the source articles, linked at the URL below`,
        url: `${window.location.origin}${path}`,
        fontFamily: getComputedStyle(document.body).fontFamily || 'sans-serif',
      }, { top: 0, height: visible });
      const fileName = `${region?.properties.slug ?? 'map'}-map-${asOf ?? date}.png`;
      saveBlob(await toBlob(image), fileName);
      setMessage(`Downloaded ${fileName}.`);
    } catch (error) {
      setMessage(`The map view could not be exported: ${(error as Error).message}.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={exportView}
        disabled={busy}
        className="min-h-11 min-w-11 rounded-md border border-slate-400 bg-white px-4 text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-60"
      >
        {busy ? 'Capturing…' : 'Export map view'}
      </button>
      <p role="status" className="text-xs text-slate-600 empty:hidden">
        {message}
      </p>
    </div>
  );
}
