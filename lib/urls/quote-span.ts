// Validates a requested quote span against a document (from ?start=&end= in a link), so a bad or
// hostile link just shows the document without a highlight instead of failing.
export interface Span {
  start: number;
  end: number;
}

function toOffset(value: string | string[] | undefined): number | null {
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
}

export function parseSpan(start: string | string[] | undefined, end: string | string[] | undefined, length: number): Span | null {
  const s = toOffset(start);
  const e = toOffset(end);
  if (s === null || e === null || s >= e || e > length) return null;
  return { start: s, end: e };
}
