// Properties that hold for any input: quotes index the text exactly, output is deterministic,
// ids are stable, and the document is not mutated. Inputs are the fixtures plus variants of them
// (CRLF line ends, a BOM-less and a reordered copy, astral characters, paragraphs glued together).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims } from '@/lib/claims/extract';
import type { SourceDocument } from '@/lib/claims/types';

const DIR = path.join(__dirname, '..', 'fixtures', 'claims', 'in');
const texts = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(DIR, f), 'utf8'));

function doc(id: string, text: string, publisher: string | null = null): SourceDocument {
  return { id, title: 't', publisher, published: null, url: null, length: text.length, text };
}

// A small deterministic generator, so a failure names a reproducible case.
function* variants(): Generator<[string, string]> {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < texts.length; i++) {
    yield [`fixture ${i}`, texts[i]];
    yield [`fixture ${i} with CRLF`, texts[i].replace(/\n/g, '\r\n')];
    yield [`fixture ${i} after emoji and astral text`, `🇺🇦 𝐍𝐞𝐰𝐬 — ${texts[i]}`];
    const other = texts[next() % texts.length];
    yield [`fixture ${i} glued to another`, `${texts[i].trim()} ${other}`];
    const lines = texts[i].split('\n');
    yield [`fixture ${i} lines reversed`, lines.reverse().join('\n')];
  }
}

const cases = [...variants()];

test.each(cases)('%s: every quote is the text at its UTF-16 offsets', (_name, text) => {
  for (const c of extractClaims(doc('d', text))) {
    expect(c.quote.start).toBeGreaterThanOrEqual(0);
    expect(c.quote.end).toBeLessThanOrEqual(text.length);
    expect(c.quote.start).toBeLessThan(c.quote.end);
    expect(text.slice(c.quote.start, c.quote.end)).toBe(c.quote.text);
  }
});

test.each(cases)('%s: two runs give identical claims and ids', (_name, text) => {
  const first = extractClaims(doc('d', text, 'Example Wire'));
  const second = extractClaims(doc('d', text, 'Example Wire'));
  expect(second).toEqual(first);
  expect(new Set(first.map((c) => c.id)).size).toBe(first.length);
});

test('ids depend on the document id, not on the run', () => {
  const text = texts.find((t) => t.includes('Pokrovsk')) ?? '';
  const a = extractClaims(doc('a', text)).map((c) => c.id);
  const b = extractClaims(doc('b', text)).map((c) => c.id);
  expect(a.length).toBeGreaterThan(0);
  expect(a).not.toEqual(b);
  expect(extractClaims(doc('a', text)).map((c) => c.id)).toEqual(a);
});

test('the input document is not mutated', () => {
  for (const text of texts) {
    const input = doc('d', text, 'Example Wire');
    const before = JSON.stringify(input);
    const frozen = Object.freeze({ ...input });
    extractClaims(frozen);
    extractClaims(input);
    expect(JSON.stringify(input)).toBe(before);
  }
});

test('text with no letters at all yields nothing', () => {
  for (const text of ['', '\n\n', '1234 5678.', '— — —']) expect(extractClaims(doc('d', text))).toEqual([]);
});
