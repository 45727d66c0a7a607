// The extractor reads pasted text (POST /api/extract) as well as articles: what no article
// contains (a 200 KB run without a full stop, a wall of names and commas) must cost time in
// proportion to its length, and a caller's time budget must be able to stop it between sentences.
import { ExtractionInterrupted, extractClaims } from '@/lib/claims/extract';
import { afterPreposition } from '@/lib/claims/syntax';
import type { SourceDocument } from '@/lib/claims/types';

function doc(text: string): SourceDocument {
  return { id: 'pasted', title: '', publisher: null, published: null, url: null, length: text.length, text };
}

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** CPU milliseconds this process spent in `fn` (other processes on the machine do not count). */
function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const CLAIM = 'CNN reported that Russia controls parts of Donetsk.';

test('a 200 KB run of names and commas without a full stop is read in well under a second (it took minutes)', () => {
  const text = repeatTo('Donetsk, Luhansk, Kherson, Zaporizhzhia, Russia, Ukraine, controls, occupied, annexed, ', 200 * 1024);
  expect(cpuMs(() => extractClaims(doc(text)))).toBeLessThan(1000);
});

test('a 200 KB paragraph of trigger words without a full stop is read in well under a second', () => {
  const text = repeatTo('Russian forces captured Donetsk and Luhansk and Kherson near Pokrovsk said CNN ', 200 * 1024);
  expect(cpuMs(() => extractClaims(doc(text)))).toBeLessThan(1000);
});

test('a "sentence" over 2,000 characters is not read by the rules; the same claim in a sentence is', () => {
  const long = `${CLAIM.slice(0, -1)} ${repeatTo('and the talks went on ', 2100)}.`;
  expect(extractClaims(doc(long))).toEqual([]);
  expect(extractClaims(doc(CLAIM))).toHaveLength(1);
});

test('interrupt stops the extraction before a sentence, saying where it had got to', () => {
  const text = `${CLAIM}\n${CLAIM.replace('CNN', 'The BBC')}\n${CLAIM.replace('CNN', 'Reuters')}`;
  let asked = 0;
  let error: unknown;
  try {
    extractClaims(doc(text), { interrupt: () => ++asked > 2 });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ExtractionInterrupted);
  expect((error as ExtractionInterrupted).at).toBe(text.lastIndexOf('Reuters'));
  expect(extractClaims(doc(text), { interrupt: () => false })).toHaveLength(3);
});

test('afterPreposition reads only the words before the party, as the pattern on the whole sentence would', () => {
  const filler = repeatTo('Officials met on Monday, ', 5000);
  for (const [before, expected] of [
    ['talks with ', true],
    ['the fighting between the ', true],
    ['Moscow and ', true],
    ['Moscow, and ', false],
    ['officials said ', false],
    ['without ', false],
  ] as const) {
    const text = `${filler}${before}Kyiv`;
    expect([before, afterPreposition(text, text.length - 4)]).toEqual([before, expected]);
  }
});
