'use client';
// "Download PNG": the region's summary card (the server's /summary.png) at the chosen size and as
// of the day the map shows, saved under the name the server gives it
// (<slug>-summary-<size>-<yyyy-mm-dd>.png, the day the card is as of, or the day it was made).
import { useId, useState } from 'react';
import { useView } from '@/components/app/view-context';
import { CARD_SIZE_NAMES, CARD_SIZES, DEFAULT_CARD_SIZE, summaryFileName, type CardSize } from '@/lib/cards/sizes';
import { fileNameOf, localDate, saveBlob } from './save-file';

export function DownloadCard({ slug, name }: { slug: string; name: string }) {
  const [size, setSize] = useState<CardSize>(DEFAULT_CARD_SIZE);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const selectId = useId();
  // The card as of the day the map shows.
  const { asOf } = useView();

  async function download() {
    setBusy(true);
    setMessage(`Preparing the ${name} card…`);
    try {
      const res = await fetch(`/api/regions/${encodeURIComponent(slug)}/summary.png?size=${size}${asOf ? `&asOf=${asOf}` : ''}`);
      if (!res.ok) throw new Error(`the server answered ${res.status}`);
      // The server's name (its day is the one printed on the card); ours only if a proxy dropped it.
      const fileName = fileNameOf(res.headers.get('content-disposition')) ?? summaryFileName(slug, size, asOf ?? localDate());
      saveBlob(await res.blob(), fileName);
      setMessage(`Downloaded ${fileName}.`);
    } catch (error) {
      setMessage(`The card could not be downloaded: ${(error as Error).message}. Try again.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col">
        <label htmlFor={selectId} className="text-xs font-semibold text-slate-700">
          Card size
        </label>
        <select
          id={selectId}
          value={size}
          onChange={(e) => setSize(e.target.value as CardSize)}
          className="min-h-11 rounded-md border border-slate-400 bg-white px-2 text-sm"
          data-testid="card-size"
        >
          {CARD_SIZE_NAMES.map((s) => (
            <option key={s} value={s}>
              {CARD_SIZES[s].label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        onClick={download}
        disabled={busy}
        aria-describedby={`${selectId}-status`}
        className="min-h-11 min-w-11 rounded-md bg-slate-900 px-4 text-sm font-semibold text-white hover:bg-slate-700 disabled:opacity-60"
      >
        {busy ? 'Preparing…' : 'Download PNG'}
        <span className="sr-only"> summary card of {name}</span>
      </button>
      <p id={`${selectId}-status`} role="status" className="w-full text-xs text-slate-600 empty:hidden">
        {message}
      </p>
    </div>
  );
}
