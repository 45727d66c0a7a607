// Checking a text that is not in the corpus (POST /api/extract, /check): its claims with offsets
// into it, what they alone say about each oblast, a time budget that stops cleanly, and the marks
// the page draws over the text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkText, textId } from '@/lib/check/check-text';
import { HardStop, runWithin } from '@/lib/check/time-budget';
import { claimSchema } from '@/lib/claims/types';
import { markText, quotedSentences } from '@/lib/presentation/marked-text';

const SEED = readFileSync(path.join(__dirname, '..', 'fixtures', 'seeds', '000_dcd564552b84d477.txt'), 'utf8');

test('the seed article gives claim records whose quotes are slices of the text, dated by the published date', async () => {
  const result = await checkText({ text: SEED, published: '2025-11-27' }, { budgetMs: 5000 });
  if (!result.ok) throw new Error('over budget');
  const { claims, document, regions } = result.body;
  expect(document).toEqual({ id: textId(SEED), length: SEED.length, published: '2025-11-27' });
  expect(claims.length).toBeGreaterThan(10);
  for (const c of claims) {
    expect(claimSchema.parse(c)).toEqual(c);
    expect(c.quote.document).toBe(document.id);
    expect(SEED.slice(c.quote.start, c.quote.end)).toBe(c.quote.text);
  }
  expect(claims.filter((c) => c.kind === 'control').every((c) => c.date === '2025-11-27')).toBe(true);
  expect(regions.map((r) => [r.slug, r.status.key])).toEqual([
    ['luhansk', 'russia-all'],
    ['donetsk', 'russia-part'],
    ['kherson', 'russia-part'],
    ['zaporizhzhia', 'russia-part'],
  ]);
  expect(regions[0].status.sentence).toBe('CNN reported that Russia controls all of Luhansk (27 Nov 2025). Also in the sources: Russia claims it; Russia demands it.');
});

test('the same text gets the same ids; another text others', () => {
  expect(textId(SEED)).toBe(textId(SEED));
  expect(textId(`${SEED} `)).not.toBe(textId(SEED));
  expect(textId(SEED)).toMatch(/^text-[0-9a-f]{16}$/);
});

test('a text with no claims colours no oblast', async () => {
  const result = await checkText({ text: 'The weather in Kyiv was mild.', published: null }, { budgetMs: 5000 });
  expect(result.ok && result.body.regions.map((r) => r.status.key)).toEqual(['no-claims', 'no-claims', 'no-claims', 'no-claims']);
});

test('a spent budget stops the extractor before its next sentence and says how far it got', async () => {
  const result = await checkText({ text: SEED, published: null }, { budgetMs: 0 });
  expect(result).toEqual({ ok: false, at: expect.any(Number), ms: expect.any(Number) });
});

test('work that ignores its deadline is stopped outright, and the thread carries on', () => {
  const started = performance.now();
  expect(() =>
    runWithin(50, () => {
      for (;;);
    }),
  ).toThrow(HardStop);
  expect(performance.now() - started).toBeLessThan(2000);
  expect(runWithin(50, () => 42)).toBe(42);
  expect(() => runWithin(50, () => JSON.parse('{'))).toThrow(SyntaxError);
});

test('the marks cover exactly the quoted sentences, numbered in text order, paragraph by paragraph', () => {
  const text = 'Intro line.\nCNN reported that Russia controls parts of Donetsk. Then calm.\n\nKyiv said it holds Kherson.';
  const a = { id: 'a', quote: { start: text.indexOf('CNN'), end: text.indexOf(' Then') } };
  const b = { id: 'b', quote: { start: text.indexOf('Kyiv'), end: text.length } };
  const sentences = quotedSentences([b, a, { ...a, id: 'a2' }]);
  expect(sentences.map((s) => [s.n, s.claims.map((c) => c.id)])).toEqual([
    [1, ['a', 'a2']],
    [2, ['b']],
  ]);
  const paragraphs = markText(text, sentences);
  expect(paragraphs.map((p) => p.runs.map((r) => [r.text, r.span, r.first]))).toEqual([
    [['Intro line.', null, false]],
    [
      ['CNN reported that Russia controls parts of Donetsk.', 0, true],
      [' Then calm.', null, false],
    ],
    [['Kyiv said it holds Kherson.', 1, true]],
  ]);
  // Nothing of the text is lost or repeated, blank lines aside.
  expect(paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n')).toBe(text.replace('\n\n', '\n'));
});
