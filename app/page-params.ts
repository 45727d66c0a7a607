// The query parameters pages read. Unlike the API, a page never refuses a bad value: it shows the
// default (the present for a bad ?asOf=), since a reader following a mangled link wants the map.
import { parseAsOf } from '@/lib/http/params';

type Query = Record<string, string | string[] | undefined>;

/** ?asOf=YYYY-MM-DD as the API reads it; anything invalid is the present (null). */
export function pageAsOf(query: Query): string | null {
  const params = new URLSearchParams();
  const value = query.asOf;
  for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append('asOf', v);
  const parsed = parseAsOf(params);
  return parsed.ok ? parsed.value : null;
}
