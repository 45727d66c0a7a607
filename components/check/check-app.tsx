'use client';
// The /check page: paste an article (or drop or open a .txt file), give its date if known, and
// "Find claims" posts it to /api/extract. The answer is shown three ways: the text with each
// claim's sentence marked in its kind's colour, the claims listed with every field, and the four
// oblasts coloured by this text alone. "Copy JSON" copies the API's answer. Nothing is kept.
import Link from 'next/link';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CheckedText } from '@/lib/check/check-text';
import { MAX_TEXT_BYTES } from '@/lib/check/text-limit';
import type { Claim } from '@/lib/claims/types';
import type { MiniMap as MiniMapData } from '@/lib/presentation/mini-map';
import { quotedSentences } from '@/lib/presentation/marked-text';
import { legendEntries } from '@/lib/presentation/legend';
import { isHatched } from '@/lib/presentation/palette';
import type { StatusKey } from '@/lib/regions/status';
import { StatusSwatch, swatchBackground } from '@/components/regions/status-swatch';
import { CheckedClaim } from './checked-claim';
import { KindKey, MarkedText } from './marked-text';
import { MiniMap } from './mini-map';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; text: string; body: CheckedText };

const encoder = new TextEncoder();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;

const BUTTON = 'inline-flex min-h-11 items-center justify-center rounded-md px-4 font-semibold';

export function CheckApp({ map }: { map: MiniMapData }) {
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [editing, setEditing] = useState(true);
  const [dragging, setDragging] = useState(false);
  const [copied, setCopied] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const readingHeading = useRef<HTMLHeadingElement>(null);

  // Once a check's answer is drawn, focus goes to the marked text's heading: keyboard and screen
  // reader users land on what they asked for. A layout effect, so it happens as the answer appears.
  const focusReading = useRef(false);
  useLayoutEffect(() => {
    if (editing || !focusReading.current) return;
    focusReading.current = false;
    readingHeading.current?.focus();
  });

  const bytes = useMemo(() => encoder.encode(text).length, [text]);
  const done = phase.kind === 'done' ? phase : null;
  const sentences = useMemo(() => (done ? quotedSentences<Claim>(done.body.claims) : []), [done]);
  const kinds = useMemo(() => [...new Set(done?.body.claims.map((c) => c.kind) ?? [])], [done]);
  const stale = done !== null && done.text !== text.replace(/^\uFEFF/, '');

  async function find(value: string, date: string) {
    // A byte-order mark is not text: the API drops it, so the page does too, and offsets agree.
    const sent = value.replace(/^\uFEFF/, '');
    if (!sent.trim()) {
      setPhase({ kind: 'error', message: 'Paste an article into the box first, or drop a .txt file onto it.' });
      textArea.current?.focus();
      return;
    }
    if (encoder.encode(sent).length > MAX_TEXT_BYTES) {
      setPhase({ kind: 'error', message: `The text is ${kb(encoder.encode(sent).length)}; the limit is ${kb(MAX_TEXT_BYTES)}. Check the article in parts.` });
      return;
    }
    setPhase({ kind: 'reading' });
    setCopied('');
    let res: Response;
    try {
      res = await fetch('/api/extract', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: sent, published: date || null }),
      });
    } catch {
      setPhase({ kind: 'error', message: 'The server could not be reached. Check your connection and try again.' });
      return;
    }
    const body = (await res.json().catch(() => null)) as (CheckedText & { error?: string }) | null;
    if (!res.ok || !body || !Array.isArray(body.claims)) {
      setPhase({ kind: 'error', message: `This text could not be checked: ${body?.error ?? `the server answered ${res.status}`}.` });
      return;
    }
    setPhase({ kind: 'done', text: sent, body });
    setEditing(false);
    focusReading.current = true;
  }

  async function openFile(file: File | undefined) {
    if (!file) return;
    if (!/\.txt$/i.test(file.name) && file.type !== 'text/plain') {
      setPhase({ kind: 'error', message: `${file.name} is not a .txt file. Save the article as plain text, or paste it.` });
      return;
    }
    if (file.size > MAX_TEXT_BYTES) {
      setPhase({ kind: 'error', message: `${file.name} is ${kb(file.size)}; the limit is ${kb(MAX_TEXT_BYTES)}. Check the article in parts.` });
      return;
    }
    let value: string;
    try {
      value = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      setPhase({ kind: 'error', message: `${file.name} is not UTF-8 text. Save it as UTF-8, or paste the article.` });
      return;
    }
    setText(value);
    await find(value, published);
  }

  async function copyJson() {
    if (!done) return;
    const json = JSON.stringify(done.body, null, 2);
    try {
      await navigator.clipboard.writeText(json);
    } catch {
      // No clipboard API (a page served over plain HTTP to another machine): the old way.
      const area = document.createElement('textarea');
      area.value = json;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.append(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      if (!ok) {
        setCopied('Your browser did not allow copying.');
        return;
      }
    }
    setCopied(`Copied the JSON (${done.body.claims.length} claims).`);
    window.setTimeout(() => setCopied(''), 5000);
  }

  const dropHandlers = {
    onDragEnter: (e: React.DragEvent) => {
      if (e.dataTransfer.types.includes('Files')) setDragging(true);
    },
    onDragOver: (e: React.DragEvent) => {
      if (!e.dataTransfer.types.includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: (e: React.DragEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (e: React.DragEvent) => {
      if (!e.dataTransfer.files.length) return;
      e.preventDefault();
      setDragging(false);
      void openFile(e.dataTransfer.files[0]);
    },
  };

  const legend = useMemo(
    () =>
      done
        ? legendEntries({ present: new Set<StatusKey>(done.body.regions.map((r) => r.status.key)), hatch: done.body.regions.some((r) => isHatched(r.status)) })
        : [],
    [done],
  );
  const claimsInOrder = sentences.flatMap((s) => s.claims.map((claim) => ({ claim, n: s.n })));
  const caption = done
    ? `The four oblasts coloured by this text’s claims alone. ${done.body.regions.map((r) => r.status.sentence).join(' ')}`
    : 'The four oblasts: Luhansk, Donetsk, Zaporizhzhia and Kherson. They are coloured once a text is checked.';

  return (
    <div className="flex min-h-dvh flex-col lg:h-dvh lg:overflow-hidden">
      <header className="z-10 flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-2">
        <div className="min-w-0">
          <h1 className="text-base font-bold leading-tight md:text-lg">Check an article</h1>
          <p className="text-xs text-slate-600">
            <span className="hidden sm:inline">What a text claims about Luhansk, Donetsk, Kherson and Zaporizhzhia, and who says so. </span>Claims, not ground truth. Nothing you paste is kept.
          </p>
        </div>
        <Link href="/" className="inline-flex min-h-11 shrink-0 items-center text-sm font-semibold text-blue-800 underline underline-offset-2">
          Back to the map
        </Link>
      </header>

      <div className="flex-1 lg:grid lg:min-h-0 lg:grid-cols-[minmax(0,1fr)_27rem]">
        <section aria-labelledby="text-heading" className="relative p-4 lg:overflow-y-auto" {...dropHandlers}>
          {editing || !done ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void find(text, published);
              }}
              className="flex h-full flex-col gap-3"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id="text-heading" className="text-sm font-bold uppercase tracking-wide text-slate-600">
                  <label htmlFor="check-text">Article text</label>
                </h2>
                <span id="check-size" className={`text-xs ${bytes > MAX_TEXT_BYTES ? 'font-semibold text-red-800' : 'text-slate-600'}`}>
                  {kb(bytes)} of {kb(MAX_TEXT_BYTES)}
                </span>
              </div>
              <div className="relative min-h-[16rem] flex-1">
                <textarea
                  id="check-text"
                  ref={textArea}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  aria-describedby="check-help check-size"
                  placeholder="Paste the article here, or drop a .txt file onto this box."
                  spellCheck={false}
                  className="h-full min-h-[16rem] w-full resize-y rounded-md border border-slate-400 bg-white p-3 text-[0.95rem] leading-relaxed shadow-inner"
                />
                {dragging && (
                  <div aria-hidden className="pointer-events-none absolute inset-0 flex items-center justify-center rounded-md border-4 border-dashed border-blue-700 bg-blue-50/90 text-lg font-semibold text-blue-900">
                    Drop the .txt file to check it
                  </div>
                )}
              </div>
              <p id="check-help" className="text-xs text-slate-600">
                Plain text, up to {kb(MAX_TEXT_BYTES)}. The published date, if you give it, dates the claims the text does not date itself.
              </p>
              <div className="flex flex-wrap items-end gap-3">
                <label className="flex flex-col text-sm font-semibold">
                  Published (optional)
                  <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} className="mt-1 min-h-11 rounded-md border border-slate-400 bg-white px-2 font-normal" />
                </label>
                <button type="button" onClick={() => fileInput.current?.click()} className={`${BUTTON} border border-slate-400 bg-white text-slate-900 hover:bg-slate-100`}>
                  Open a .txt file
                </button>
                <input
                  ref={fileInput}
                  type="file"
                  accept=".txt,text/plain"
                  className="hidden"
                  tabIndex={-1}
                  aria-hidden
                  onChange={(e) => {
                    void openFile(e.target.files?.[0]);
                    e.target.value = '';
                  }}
                />
                <button type="submit" disabled={phase.kind === 'reading'} className={`${BUTTON} bg-blue-800 text-white hover:bg-blue-900 disabled:bg-slate-500`}>
                  {phase.kind === 'reading' ? 'Finding claims…' : 'Find claims'}
                </button>
                {done && (
                  <button type="button" onClick={() => setEditing(false)} className={`${BUTTON} text-blue-800 underline underline-offset-2`}>
                    Back to the marked text
                  </button>
                )}
              </div>
              {phase.kind === 'error' && (
                <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
                  {phase.message}
                </p>
              )}
            </form>
          ) : (
            <div className="space-y-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 id="text-heading" ref={readingHeading} tabIndex={-1} className="text-sm font-bold uppercase tracking-wide text-slate-600">
                  The text: {sentences.length} {sentences.length === 1 ? 'sentence' : 'sentences'} with claims marked
                </h2>
                <div className="flex flex-wrap items-center gap-x-4">
                  <a href="#claims-heading" className="inline-flex min-h-11 items-center text-sm font-semibold text-blue-800 underline underline-offset-2 lg:hidden">
                    See the {done.body.claims.length} {done.body.claims.length === 1 ? 'claim' : 'claims'} and the map
                  </a>
                  <button
                    type="button"
                    onClick={() => {
                      setEditing(true);
                      requestAnimationFrame(() => textArea.current?.focus());
                    }}
                    className={`${BUTTON} border border-slate-400 bg-white text-slate-900 hover:bg-slate-100`}
                  >
                    Edit text
                  </button>
                </div>
              </div>
              <KindKey kinds={kinds} />
              <article className="rounded-md border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
                <MarkedText text={done.text} sentences={sentences} />
              </article>
            </div>
          )}
        </section>

        <section aria-labelledby="claims-heading" aria-busy={phase.kind === 'reading'} className="space-y-4 border-t border-slate-200 bg-white p-4 lg:overflow-y-auto lg:border-l lg:border-t-0">
          <h2 id="claims-heading" className="scroll-mt-4 text-sm font-bold uppercase tracking-wide text-slate-600">
            {done ? `${done.body.claims.length} ${done.body.claims.length === 1 ? 'claim' : 'claims'} in ${sentences.length} ${sentences.length === 1 ? 'sentence' : 'sentences'}` : 'What the text claims'}
          </h2>
          <p role="status" className="text-sm text-slate-700">
            {phase.kind === 'reading'
              ? 'Reading the text…'
              : done
                ? done.body.claims.length
                  ? `Found ${done.body.claims.length} ${done.body.claims.length === 1 ? 'claim' : 'claims'}. The map shows what this text alone says.`
                  : 'No claims about the four oblasts were found in this text.'
                : 'Find claims marks each sentence that claims something about the four oblasts, lists the claims with who makes them, and colours the map by this text alone.'}
          </p>
          {stale && <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900">The text has changed since these claims were found. Find claims again to update them.</p>}
          <MiniMap map={map} regions={done?.body.regions ?? null} caption={caption} />
          {done && (
            <>
              <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700" aria-label="Map colours">
                {legend.map((e) => (
                  <li key={e.label} className="inline-flex items-center gap-1.5">
                    <span
                      aria-hidden
                      className="inline-block h-3.5 w-5 shrink-0 rounded-sm border border-slate-500"
                      style={{ background: e.kind === 'hatch' ? `repeating-linear-gradient(135deg, ${e.fill} 0 1.5px, transparent 1.5px 5px), #ffffff` : e.key ? swatchBackground(e.key) : e.fill }}
                    />
                    {e.label}
                  </li>
                ))}
              </ul>
              <ul className="space-y-2 text-sm" aria-label="What this text says about each oblast">
                {done.body.regions.map((r) => (
                  <li key={r.iso} className="flex gap-2">
                    <StatusSwatch statusKey={r.status.key} className="mt-1 h-3.5 w-5" />
                    <span>
                      <strong>{r.name}.</strong> {r.status.sentence}
                    </span>
                  </li>
                ))}
              </ul>
              <div className="flex flex-wrap items-center gap-3">
                <button type="button" onClick={copyJson} className={`${BUTTON} border border-slate-400 bg-white text-slate-900 hover:bg-slate-100`}>
                  Copy JSON
                </button>
                <span role="status" className="text-sm font-semibold text-emerald-800">
                  {copied}
                </span>
              </div>
              {claimsInOrder.length > 0 ? (
                <ol className="space-y-3" aria-label="Claims, in the order of the text">
                  {claimsInOrder.map(({ claim, n }) => (
                    <CheckedClaim key={claim.id} claim={claim} sentence={n} linkable={!editing} />
                  ))}
                </ol>
              ) : (
                <p className="text-sm text-slate-700">
                  The extractor reads claims of control, advances, claims of sovereignty, demands, legal status and threats. It misses some phrasings, so no claim found is not proof there is none.
                </p>
              )}
              <p className="text-xs text-slate-600">Claims are read by rules; each names its rule and that rule’s measured precision.</p>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
