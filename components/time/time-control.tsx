'use client';
// The time control: the map, the list and the ledger as the sources had it up to a chosen day. A
// slider over the days the articles span (plus today, the default), with a strip marking the days
// articles were published, a date field, and steps to the previous or next publication day. The
// slider's value is spoken as its date; Page Up and Page Down step between publication days.
import { useMemo } from 'react';
import { formatDay } from '@/lib/presentation/day';
import { isCalendarDate } from '@/lib/documents/calendar-date';
import { dayScale, neighbourDay } from './day-scale';

export interface TimelineDay {
  date: string;
  documents: number;
  claims: number;
}

export interface TimeControlProps {
  /** The days articles were published or claims made, oldest first; undefined while loading. */
  days: readonly TimelineDay[] | undefined;
  first: string | null;
  last: string | null;
  /** The chosen day (YYYY-MM-DD); null for today, everything known. */
  asOf: string | null;
  onChange: (asOf: string | null) => void;
  /** The chosen day's data is still on its way (the map shows the previous day's meanwhile). */
  pending?: boolean;
  /** Today in the reader's calendar (YYYY-MM-DD): the date field's upper bound. */
  today: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function TimeControl({ days, first, last, asOf, onChange, pending, today }: TimeControlProps) {
  const scale = useMemo(() => (first && last ? dayScale(first, last) : null), [first, last]);
  const published = useMemo(() => (days ?? []).filter((d) => d.documents > 0), [days]);
  const publishedDays = useMemo(() => published.map((d) => d.date), [published]);
  const byDay = useMemo(() => new Map((days ?? []).map((d) => [d.date, d])), [days]);
  const densest = useMemo(() => Math.max(1, ...published.map((d) => d.documents)), [published]);

  const previous = neighbourDay(publishedDays, asOf, 'previous');
  const nextDay = neighbourDay(publishedDays, asOf, 'next');
  // From the last publication day, "next" is today.
  const next: string | null | undefined = nextDay ?? (asOf !== null ? null : undefined);

  const label = asOf ? `As reported up to ${formatDay(asOf)}` : 'As reported up to today';
  const that = asOf ? byDay.get(asOf) : undefined;
  const valueText = asOf
    ? `${formatDay(asOf)}: ${that?.documents ? `${plural(that.documents, 'article')} published that day` : 'no article published that day'}`
    : 'Today: everything the articles say';

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    if (e.key === 'PageDown' && previous) onChange(previous);
    if (e.key === 'PageUp' && next !== undefined) onChange(next);
  };

  const stepButton = 'inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-md border border-slate-300 bg-white text-lg font-bold text-slate-800 hover:bg-slate-100 disabled:opacity-40';
  return (
    <section aria-label="Time: the date the map and claims are shown as of" aria-busy={pending} className="z-10 flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-white px-3 py-1.5 md:flex-nowrap md:px-4" data-testid="time-control">
      <div className="flex min-w-0 items-center gap-2 md:shrink-0">
        {/* Dimmed while the chosen day's data is on its way (the map keeps the previous day meanwhile). */}
        <p className={`min-w-0 flex-1 text-sm font-semibold leading-tight transition-colors md:w-[13.5rem] md:flex-none md:whitespace-nowrap ${pending ? 'text-slate-500' : 'text-slate-900'}`} data-testid="as-of-label">
          {label}
        </p>
        <input
          type="date"
          aria-label="As reported up to (date)"
          value={asOf ?? today}
          min={first ?? undefined}
          max={today}
          onChange={(e) => {
            const v = e.target.value;
            if (isCalendarDate(v)) onChange(v >= today ? null : v);
          }}
          className="min-h-11 w-[9.5rem] shrink-0 rounded-md border border-slate-400 bg-white px-2 text-sm"
          data-testid="as-of-date"
        />
        {/* Always there (disabled at today), so the controls around it never shift. */}
        <button
          type="button"
          onClick={() => onChange(null)}
          disabled={asOf === null}
          className="min-h-11 shrink-0 rounded-md border border-slate-300 bg-white px-2 text-sm font-semibold hover:bg-slate-100 disabled:text-slate-500 disabled:hover:bg-white"
        >
          Today
        </button>
      </div>
      <div className="flex w-full min-w-0 items-center gap-2 md:w-auto md:flex-1">
        <button
          type="button"
          className={stepButton}
          disabled={!previous}
          onClick={() => previous && onChange(previous)}
          aria-label={previous ? `Previous publication day: ${formatDay(previous)}` : 'No earlier publication day'}
          title="Previous publication day (Page Down)"
        >
          <span aria-hidden>‹</span>
        </button>
        <div className="relative min-w-0 flex-1">
          {scale && (
            <svg aria-hidden className="pointer-events-none absolute left-3.5 top-0.5 h-3 w-[calc(100%-1.75rem)]" viewBox={`0 0 ${scale.max} 10`} preserveAspectRatio="none" data-testid="time-ticks">
              {published.map((d) => {
                const h = 2 + 8 * Math.sqrt(d.documents / densest);
                return <rect key={d.date} x={scale.positionOf(d.date) - 0.5} width={1} y={10 - h} height={h} fill="#475569" />;
              })}
              <rect x={scale.max - 0.5} width={1} y={0} height={10} fill="#1d4ed8" />
            </svg>
          )}
          <input
            type="range"
            className="time-slider relative block h-11 w-full"
            min={0}
            max={scale?.max ?? 1}
            step={1}
            value={scale ? scale.positionOf(asOf) : 1}
            disabled={!scale}
            onChange={(e) => scale && onChange(scale.dayAt(Number(e.target.value)))}
            onKeyDown={onKeyDown}
            aria-label="As reported up to"
            aria-valuetext={valueText}
            aria-keyshortcuts="PageUp PageDown"
            data-testid="as-of-slider"
          />
          {first && (
            <div aria-hidden className="pointer-events-none -mt-1.5 hidden justify-between px-1 text-[0.65rem] leading-none text-slate-500 md:flex">
              <span>{formatDay(first)}</span>
              <span>today</span>
            </div>
          )}
        </div>
        <button
          type="button"
          className={stepButton}
          disabled={next === undefined}
          onClick={() => next !== undefined && onChange(next)}
          aria-label={next === undefined ? 'No later publication day' : next === null ? 'Next: today' : `Next publication day: ${formatDay(next)}`}
          title="Next publication day (Page Up)"
        >
          <span aria-hidden>›</span>
        </button>
      </div>
    </section>
  );
}
