// Text handling: BOM, paragraphs (one a line), boilerplate lines, and sentences with offsets
// in UTF-16 code units into the document text, so text.slice(start, end) is the sentence.
import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Paragraph extends Span {
  /** A short line without closing punctuation: a headline or subheading. */
  heading: boolean;
  /** Site furniture ("Also Read: …", bylines, credits) that carries no article content. */
  boilerplate: boolean;
}

// Only sentence-boundary detection: the full pipeline (POS, NER) is ~3x slower and unused.
const nlp = winkNLP(model, ['sbd']);

export { stripBom } from '@/lib/documents/bom';

const BOILERPLATE: readonly RegExp[] = [
  /^(also read|read more|read also|see also|related(?: stories| articles| coverage| news)?|more from|watch|listen|recommended|trending|most read|don'?t miss)\s*(?:[:|–—-]|$)/i,
  /^(click here|sign up|subscribe|follow us|share this|advertisement|sponsored|newsletter)\b/i,
  /^(photo|image|video|file photo|pictured|caption|credit)\s*[:|]/i,
  /^\(?(reporting|writing|editing|additional reporting|compiled) by\b/i,
  /^(?:[Bb]y|[Ff]rom)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}(\s*(,|and|&|\|)\s*.*)?$/u,
  /^(updated|published|last updated|posted)\s*:?\s*\d/i,
  /^(copyright|©|\(c\))/i,
];

export function isBoilerplate(line: string): boolean {
  const text = line.trim();
  if (/^by\s/i.test(text) && text.length > 80) return false; // a sentence, not a byline
  return BOILERPLATE.some((re) => re.test(text));
}

function isHeading(line: string): boolean {
  return !/[.!?…"”’')\]:;]$/.test(line) && line.split(/\s+/).length <= 16;
}

/** Non-blank lines, trimmed, with their offsets; every line break ends a paragraph. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) {
      const line = text.slice(start, end);
      out.push({ start, end, text: line, heading: isHeading(line), boilerplate: isBoilerplate(line) });
    }
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return out;
}

/** How to split: `fast` lets wink-nlp see only the stretches whose sentence ends are ambiguous. */
export type SplitMode = 'fast' | 'full';

// An unambiguous sentence end: a lower-case word of three or more letters (not an abbreviation
// such as "etc."), end punctuation, an optional closing quote or bracket, space, and a capital or
// opening quote. wink-nlp splits there every time; everything else (initials, "U.S.", "Gen.",
// "20%.", names, ellipses) is left to it. The word is checked by hand: a look-behind in the
// pattern would be tried at every character.
const END_CANDIDATE = /[.!?]['"”’)\]]?(\s+)(?=["“‘(]?\p{Lu})/gu;
const ABBREVIATIONS = new Set(['etc', 'approx', 'incl', 'est', 'nos', 'vs']);
const LOWER = /\p{Ll}/u;
const WORDISH = /[\p{L}\p{N}.'’-]/u;

function isSafeEnd(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && LOWER.test(text[i - 1])) i--;
  if (at - i < 3 || (i > 0 && WORDISH.test(text[i - 1]))) return false;
  return !(text[at] === '.' && ABBREVIATIONS.has(text.slice(i, at)));
}
const INNER_END = /[.!?…]['"”’)\]]*\s/;

/**
 * The paragraph's sentences as wink-nlp splits them, mapped back to document offsets.
 * The tokenizer is the costliest step of the extractor, so by default the paragraph is first cut
 * at unambiguous ends and wink-nlp only reads the pieces that still hold a possible end; `full`
 * gives the whole paragraph to wink-nlp (tests check the two agree on every fixture).
 */
export function sentences(paragraph: Span, mode: SplitMode = 'fast'): Span[] {
  // No end punctuation before the last character: one sentence, and the tokenizer can be spared.
  if (!INNER_END.test(paragraph.text)) return [{ start: paragraph.start, end: paragraph.end, text: paragraph.text }];
  if (mode === 'full') return winkSentences(paragraph);
  const out: Span[] = [];
  let from = 0;
  const cut = (to: number) => {
    const text = paragraph.text.slice(from, to);
    const piece = { start: paragraph.start + from, end: paragraph.start + to, text };
    out.push(...(INNER_END.test(text) ? winkSentences(piece) : [piece]));
  };
  END_CANDIDATE.lastIndex = 0;
  for (let m = END_CANDIDATE.exec(paragraph.text); m; m = END_CANDIDATE.exec(paragraph.text)) {
    if (!isSafeEnd(paragraph.text, m.index)) continue;
    const end = m.index + m[0].length - m[1].length;
    cut(end);
    from = end + m[1].length;
  }
  cut(paragraph.text.length);
  return out;
}

function winkSentences(paragraph: Span): Span[] {
  const out: Span[] = [];
  const texts: string[] = [];
  nlp.readDoc(paragraph.text).sentences().each((s: ItemSentence) => {
    texts.push(s.out());
  });
  let cursor = 0;
  for (const raw of texts) {
    const sentence = raw.trim();
    if (!sentence) continue;
    let at = paragraph.text.indexOf(sentence, cursor);
    if (at < 0) {
      // wink-nlp reproduces its input verbatim in practice; if it ever normalised a character,
      // fall back to the rest of the paragraph rather than a wrong offset.
      at = cursor;
      const rest = paragraph.text.slice(cursor).trim();
      if (!rest) break;
      at = paragraph.text.indexOf(rest, cursor);
      out.push({ start: paragraph.start + at, end: paragraph.start + at + rest.length, text: rest });
      break;
    }
    const prev = out[out.length - 1];
    if (prev && /^\p{Ll}/u.test(sentence)) {
      // A split before a lower-case word is an abbreviation the splitter took for an ending ("- ed.)").
      prev.end = paragraph.start + at + sentence.length;
      prev.text = paragraph.text.slice(prev.start - paragraph.start, prev.end - paragraph.start);
    } else {
      out.push({ start: paragraph.start + at, end: paragraph.start + at + sentence.length, text: sentence });
    }
    cursor = at + sentence.length;
  }
  return out;
}
