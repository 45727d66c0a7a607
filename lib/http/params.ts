// Validates the API's query parameters, naming the bad value and what is allowed.
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
