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

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

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

/** The paragraph's sentences as wink-nlp splits them, mapped back to document offsets. */
export function sentences(paragraph: Span): Span[] {
  // No end punctuation before the last character: one sentence, and the tokenizer can be spared.
  if (!/[.!?…]['"”’)\]]*\s/.test(paragraph.text)) return [{ start: paragraph.start, end: paragraph.end, text: paragraph.text }];
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
