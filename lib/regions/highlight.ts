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

/** Splits the text into paragraphs (line breaks), marking the part of each inside the span. */
export function paragraphsWithSpan(text: string, span: Span | null): { start: number; parts: { text: string; marked: boolean }[] }[] {
  const out: { start: number; parts: { text: string; marked: boolean }[] }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    const lineEnd = offset + line.length;
    offset = lineEnd + 1;
    if (line.trim() === '') continue;
    if (!span || span.end <= lineStart || span.start >= lineEnd) {
      out.push({ start: lineStart, parts: [{ text: line, marked: false }] });
      continue;
    }
    const a = Math.max(span.start, lineStart) - lineStart;
    const b = Math.min(span.end, lineEnd) - lineStart;
    out.push({
      start: lineStart,
      parts: [
        { text: line.slice(0, a), marked: false },
        { text: line.slice(a, b), marked: true },
        { text: line.slice(b), marked: false },
      ].filter((p) => p.text.length > 0),
    });
  }
  return out;
}
