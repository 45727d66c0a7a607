// A document's text as the in-context page shows it: one paragraph a line, with the part of each
// inside the quoted span marked.
import type { Span } from '@/lib/urls/quote-span';

export interface MarkedParagraph {
  start: number;
  parts: { text: string; marked: boolean }[];
}

export function paragraphsWithSpan(text: string, span: Span | null): MarkedParagraph[] {
  const out: MarkedParagraph[] = [];
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
