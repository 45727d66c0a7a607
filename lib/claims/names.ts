// Spelling normalisation for Ukrainian place names, so the transliterations reporters use
// (Sievierodonetsk, Severodonetsk, Syevyerodonets'k) fold to one lookup key.

const APOSTROPHES = /['’‘ʼ`´]/g;

/**
 * Folds a place name to its lookup key: lower case, no diacritics or apostrophes, hyphens as
 * spaces, and the y/i, ye/ie, doubled-i and zh-zh alternations of the competing
 * transliteration systems collapsed. Russian forms that differ in more than that (Lugansk,
 * Artemovsk) are listed as explicit variants instead of being folded, to keep keys distinct.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/[-\s]+/g, ' ')
    .replace(/y/g, 'i')
    .replace(/i+/g, 'i')
    .replace(/ie/g, 'e')
    .replace(/(zh)+/g, 'zh')
    .trim();
}

const VOWELS = 'aeiou';

/**
 * Converts a BGN/PCGN romanisation (GeoNames' Kramators'k, Avdiyivka, Syevyerodonets'k) to
 * Ukraine's 2010 national system (Kramatorsk, Avdiivka, Sievierodonetsk), which is what
 * current official usage and most newsrooms follow. Only the y-digraphs differ between the two
 * once apostrophes (soft signs) are dropped.
 */
export function toNationalSpelling(bgn: string): string {
  return bgn
    .replace(APOSTROPHES, '')
    .split(/(\s+|-)/)
    .map((word) => {
      let out = '';
      for (let i = 0; i < word.length; i++) {
        const c = word[i];
        if (c !== 'y' || i === 0) {
          out += c;
          continue;
        }
        const next = word[i + 1] ?? '';
        const prev = word[i - 1] ?? '';
        if (next === 'i') {
          out += 'i';
          i++; // "yi" (ї) inside a word is a single "i" in the national system
        } else if (next === 'a' || next === 'e' || next === 'u') {
          out += 'i'; // ya/ye/yu -> ia/ie/iu after the first letter
        } else if (next === 'y' && i + 2 === word.length) {
          out += 'y'; // -yy (-ий) -> -yi
          out += 'i';
          i++;
        } else if (VOWELS.includes(prev.toLowerCase())) {
          out += 'i'; // й after a vowel
        } else {
          out += c;
        }
      }
      return out;
    })
    .join('');
}
