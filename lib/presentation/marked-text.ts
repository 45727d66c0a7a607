// A text with some of its spans marked (the sentences a checked text's claims quote), cut into
// paragraphs (one a line, blank lines dropped) and runs, each run either plain or inside one
// span. Offsets are UTF-16 code units into the text, as quotes give them. Spans that overlap are
// shown as the first that covers a run; quotes are sentences, which never do.

export interface MarkedRun {
  text: string;
  /** Index into the spans given, or null for plain text. */
  span: number | null;
  /** Whether this run starts its span (where the span's number goes). */
  first: boolean;
}

export interface MarkedParagraph {
  start: number;
  runs: MarkedRun[];
}

export function markText(text: string, spans: readonly { start: number; end: number }[]): MarkedParagraph[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const cuts = [...new Set(spans.flatMap((s) => [clamp(s.start), clamp(s.end)]))].sort((a, b) => a - b);
  const spanAt = (from: number, to: number) => {
    const i = spans.findIndex((s) => s.start <= from && to <= s.end && s.start < s.end);
    return i < 0 ? null : i;
  };
  const out: MarkedParagraph[] = [];
  const started = new Set<number>();
  let offset = 0;
  let next = 0; // the first cut not yet behind us: lines and cuts both run in text order
  for (const line of text.split('\n')) {
    const lineStart = offset;
    const lineEnd = offset + line.length;
    offset = lineEnd + 1;
    while (next < cuts.length && cuts[next] <= lineStart) next++;
    const points = [lineStart];
    for (let c = next; c < cuts.length && cuts[c] < lineEnd; c++) points.push(cuts[c]);
    points.push(lineEnd);
    if (line.trim() === '') continue;
    const runs: MarkedRun[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const span = spanAt(from, to);
      const first = span !== null && !started.has(span);
      if (span !== null) started.add(span);
      runs.push({ text: text.slice(from, to), span, first });
    }
    out.push({ start: lineStart, runs });
  }
  return out;
}

export interface QuotedSentence<C> {
  /** 1, 2, …: the sentence's number, in text order. */
  n: number;
  start: number;
  end: number;
  claims: C[];
}

/** The sentences the claims quote, in text order, each with its claims (several claims may quote one sentence). */
export function quotedSentences<C extends { quote: { start: number; end: number } }>(claims: readonly C[]): QuotedSentence<C>[] {
  const bySpan = new Map<string, QuotedSentence<C>>();
  for (const c of claims) {
    const key = `${c.quote.start}:${c.quote.end}`;
    const found = bySpan.get(key);
    if (found) found.claims.push(c);
    else bySpan.set(key, { n: 0, start: c.quote.start, end: c.quote.end, claims: [c] });
  }
  const sorted = [...bySpan.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  sorted.forEach((s, i) => (s.n = i + 1));
  return sorted;
}
