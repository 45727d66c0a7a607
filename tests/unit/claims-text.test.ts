// Text handling: BOM, paragraphs, boilerplate and sentence offsets.
import { isBoilerplate, paragraphs, sentences, stripBom } from '@/lib/claims/text';

test('a leading BOM is removed and nothing else changes', () => {
  expect(stripBom('\uFEFFKyiv')).toBe('Kyiv');
  expect(stripBom('Kyiv\uFEFF')).toBe('Kyiv\uFEFF');
});

test('every line break ends a paragraph and blank lines are dropped', () => {
  const text = 'Headline here\r\n\r\n  First paragraph.  \nSecond one.\r';
  const ps = paragraphs(text);
  expect(ps.map((p) => p.text)).toEqual(['Headline here', 'First paragraph.', 'Second one.']);
  for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  expect(ps.map((p) => p.heading)).toEqual([true, false, false]);
});

test.each([
  'Also Read: National Guard member shot near White House dies',
  'Read more: Ukraine war latest',
  'By Jane Smith, Example Wire',
  'By Jane Smith and John Doe',
  '(Reporting by Jane Smith; Editing by John Doe)',
  'Photo: Reuters',
  'Updated: 27 Nov 2025',
])('"%s" is boilerplate', (line) => {
  expect(isBoilerplate(line)).toBe(true);
});

test.each([
  'By seizing Avdiivka, Russian forces gained a foothold that commanders said would let them push further west toward Pokrovsk.',
  'Russian troops have captured the town of Toretsk.',
  'Related fighting continued near Kupiansk.',
])('"%s" is article text', (line) => {
  expect(isBoilerplate(line)).toBe(false);
});

test('sentences keep abbreviations, numbers and closing quotes together', () => {
  const text = 'Gen. Smith said the U.S. plan covers 20% of 1.5 million people. “We will not leave,” he said. Then talks began.';
  const [p] = paragraphs(text);
  const ss = sentences(p);
  expect(ss.map((s) => s.text)).toEqual([
    'Gen. Smith said the U.S. plan covers 20% of 1.5 million people.',
    '“We will not leave,” he said.',
    'Then talks began.',
  ]);
  for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
});

test('a split before a lower-case word is undone ("- ed.)")', () => {
  const text = 'Part (of the region - ed.) is occupied, he said.';
  const [p] = paragraphs(text);
  expect(sentences(p).map((s) => s.text)).toEqual([text]);
});

test('offsets count UTF-16 code units past astral characters', () => {
  const text = '🇺🇦 Flag. Russia holds 20% of it.';
  const [p] = paragraphs(text);
  for (const s of sentences(p)) expect(text.slice(s.start, s.end)).toBe(s.text);
});
