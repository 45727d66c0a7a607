// The time control's scale: one step a day from the first day the articles speak on to the last,
// then one more step for today (everything known, the default). Pure day arithmetic in UTC, so a
// day is a day wherever the reader is.
const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

function dayAt(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export interface DayScale {
  /** Positions 0 … max; max is today (asOf null), the ones before it first … last. */
  max: number;
  /** The position showing `asOf` (a day outside first … last is shown at the nearer end). */
  positionOf: (asOf: string | null) => number;
  /** The day at a position; null for the last one (today). */
  dayAt: (position: number) => string | null;
}

export function dayScale(first: string, last: string): DayScale {
  const start = dayNumber(first);
  const span = Math.max(0, dayNumber(last) - start);
  const max = span + 1;
  return {
    max,
    positionOf: (asOf) => (asOf === null ? max : Math.min(span, Math.max(0, dayNumber(asOf) - start))),
    dayAt: (position) => (position >= max ? null : dayAt(start + Math.max(0, Math.round(position)))),
  };
}

/** The nearest day in `days` (sorted, oldest first) after `asOf`, or before it; null when there is none. */
export function neighbourDay(days: readonly string[], asOf: string | null, direction: 'previous' | 'next'): string | null {
  if (direction === 'previous') {
    if (asOf === null) return days.at(-1) ?? null;
    for (let i = days.length - 1; i >= 0; i--) if (days[i] < asOf) return days[i];
    return null;
  }
  if (asOf === null) return null;
  for (const d of days) if (d > asOf) return d;
  return null;
}
