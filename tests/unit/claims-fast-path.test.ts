// The extractor's fast path (wink-nlp only reads the stretches of a paragraph whose sentence ends
// are ambiguous; paragraphs without a trigger word are not split) must give exactly what splitting
// every paragraph whole with wink-nlp gives, on every fixture, blind passage and seed.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { extractClaims } from '@/lib/claims/extract';
import { paragraphs, sentences } from '@/lib/claims/text';
import { readDocument } from '@/lib/documents';

const ROOT = path.join(__dirname, '..', '..');
const DIRS = ['tests/fixtures/claims/in', 'tests/fixtures/claims/blind/in', 'tests/fixtures/claims/blind2/in', 'seeds'];
const files = DIRS.flatMap((d) =>
  readdirSync(path.join(ROOT, d))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(ROOT, d, f)),
);

test('there are documents to compare', () => {
  expect(files.length).toBeGreaterThan(100);
});

describe.each(files.map((f) => [path.relative(ROOT, f)]))('%s', (file) => {
  const doc = readDocument(path.join(ROOT, file));

  test('the fast splitter cuts every paragraph exactly where wink-nlp does', () => {
    for (const p of paragraphs(doc.text)) expect(sentences(p, 'fast')).toEqual(sentences(p, 'full'));
  });

  test('the fast path gives the same claims as the full path', () => {
    expect(extractClaims(doc)).toEqual(extractClaims(doc, { split: 'full' }));
  });
});

test('abbreviations, initials and numbers before a full stop are left to wink-nlp', () => {
  const text = 'The U.S. envoy met Gen. Valery Gerasimov on Monday. Troops took 1.5 km, about 20%. Then they stopped, etc. Again.';
  const p = { start: 0, end: text.length, text };
  expect(sentences(p, 'fast')).toEqual(sentences(p, 'full'));
});
