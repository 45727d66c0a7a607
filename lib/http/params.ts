// Validates the API's query parameters, naming the bad value and what is allowed.
import { isCalendarDate, todayUtc } from '@/lib/documents/calendar-date';
import { DEFAULT_DETAIL, DETAIL_LEVELS, type DetailLevel } from '@/lib/geo/detail';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; allowed: readonly string[] };

function describe(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(shown);
}

/** Parses one enumerated parameter: absent → the default; repeated, empty or unknown → an error. */
export function parseChoice<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
): Parsed<T> {
  const values = params.getAll(name);
  if (values.length === 0) return { ok: true, value: fallback };
  if (values.length > 1) return { ok: false, error: `${name} was given ${values.length} times; give it once, as one of ${allowed.join(', ')}`, allowed };
  const [value] = values;
  if ((allowed as readonly string[]).includes(value)) return { ok: true, value: value as T };
  return { ok: false, error: `${name}=${describe(value)} is not one of ${allowed.join(', ')}`, allowed };
}

export function parseDetail(params: URLSearchParams): Parsed<DetailLevel> {
  return parseChoice(params, 'detail', DETAIL_LEVELS, DEFAULT_DETAIL);
}

const EARLIEST_AS_OF = '1991-01-01';

/**
 * `?asOf=YYYY-MM-DD`: the day to show the status as of. Absent → null (the present). A day on or
 * after today is the present too, so `asOf=<today>` and no asOf are one view (and one cache entry).
 */
export function parseAsOf(params: URLSearchParams, today = todayUtc()): Parsed<string | null> {
  const allowed = ['YYYY-MM-DD'];
  const values = params.getAll('asOf');
  if (values.length === 0) return { ok: true, value: null };
  if (values.length > 1) return { ok: false, error: `asOf was given ${values.length} times; give it once, as a date YYYY-MM-DD`, allowed };
  const [value] = values;
  if (!isCalendarDate(value)) return { ok: false, error: `asOf=${describe(value)} is not a date; expected YYYY-MM-DD, e.g. 2022-05-01`, allowed };
  if (value < EARLIEST_AS_OF) return { ok: false, error: `asOf=${describe(value)} is before ${EARLIEST_AS_OF}; the map has nothing that early`, allowed };
  return { ok: true, value: value >= today ? null : value };
}
