// Card text: trimming at word boundaries, and keeping to the glyphs the bundled fonts have.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fontSafeText } from '@/lib/text/font-safe';
import { trimAtWord } from '@/lib/text/trim-words';
import { woffCodePoints } from '@/lib/text/woff-cmap';

const LONG =
  'CNN reported that Russia controls about 20% of Ukraine, including all of Luhansk and parts of Donetsk, Kherson, and Zaporizhzhia regions, which are recognised as Ukrainian territory under international law.';

describe('trimAtWord', () => {
  test('leaves text that fits alone (whitespace collapsed)', () => {
    expect(trimAtWord('  Russia wants\nUkraine  to give up ', 40)).toBe('Russia wants Ukraine to give up');
  });

  test.each([20, 37, 60, 100, 150, 199])('cuts a long quote at a word boundary within %i characters, ending with an ellipsis', (max) => {
    const out = trimAtWord(LONG, max);
    expect(Array.from(out).length).toBeLessThanOrEqual(max);
    expect(out.endsWith('…')).toBe(true);
    const kept = out.slice(0, -1);
    // Every kept word is a whole word of the original, in order: nothing is cut mid-word.
    expect(LONG.startsWith(kept)).toBe(true);
    expect(LONG[kept.length]).toMatch(/[\s,]/);
  });

  test('drops a dangling comma before the ellipsis', () => {
    // "…parts of Donetsk," would end on the comma at 104 characters.
    const out = trimAtWord(LONG, 106);
    expect(out).toBe('CNN reported that Russia controls about 20% of Ukraine, including all of Luhansk and parts of Donetsk…');
  });

  test('a word longer than the room is kept whole, not cut', () => {
    expect(trimAtWord('Zaporizhzhia is claimed', 6)).toBe('Zaporizhzhia…');
  });

  test('counts letters with diacritics as one character and never splits them from their accent', () => {
    const decomposed = 'Запоріжжя Донецьк Mariupolʹ Dnipró Łódź and more words here'.normalize('NFD');
    const out = trimAtWord(decomposed, 30);
    expect(out).toBe('Запоріжжя Донецьк Mariupolʹ…');
    expect(out).toBe(out.normalize('NFC'));
  });

  test('rejects a room too small for a word and an ellipsis', () => {
    expect(() => trimAtWord('anything', 1)).toThrow('maxChars must be an integer of at least 2, got 1');
  });
});

describe('fontSafeText with the bundled Noto Sans fonts', () => {
  const dir = path.join(__dirname, '..', '..', 'public', 'fonts');
  const sets = ['latin', 'latin-ext', 'cyrillic'].map((subset) => woffCodePoints(readFileSync(path.join(dir, `noto-sans-${subset}-400-normal.woff`))));
  const covers = (cp: number) => sets.some((s) => s.has(cp));

  test('the fonts cover Latin, Latin Extended and Ukrainian Cyrillic, and not emoji or CJK', () => {
    for (const ch of 'AzéŁżŞĞ’“”…—ЖжЇїІіЄєҐґ₴') expect([ch, covers(ch.codePointAt(0)!)]).toEqual([ch, true]);
    for (const ch of ['😀', '中', '🇺']) expect([ch, covers(ch.codePointAt(0)!)]).toEqual([ch, false]);
  });

  test('names with diacritics and Cyrillic survive unchanged', () => {
    const names = 'Запоріжжя, Донецьк, Луганськ, Херсон · Zaporizhzhia · Mariupolʹ · Dnipró · Łódź · Kramatorśk';
    expect(fontSafeText(names, covers)).toBe(names);
  });

  test('removes emoji, flags and joiners, and keeps the words around them', () => {
    expect(fontSafeText('Kyiv 🇺🇦 says 👍🏽 fine 👨‍👩‍👧 ok\u200b!', covers)).toBe('Kyiv says fine ok!');
  });

  test('replaces other scripts with "?" so nothing is silently reworded', () => {
    expect(fontSafeText('Xi 习近平 said', covers)).toBe('Xi ??? said');
  });

  test('every character of the result is one the fonts can draw', () => {
    const out = fontSafeText('Mixed: ǅ ℌ 𝔘 ⁂ ☃ e\u0360x “quotes” — Ω ☭ ﬁ \u0007', covers);
    for (const ch of out) expect([ch, ch === ' ' || covers(ch.codePointAt(0)!)]).toEqual([ch, true]);
  });
});

describe('woffCodePoints', () => {
  test('refuses a file that is not WOFF 1.0', () => {
    expect(() => woffCodePoints(Buffer.from('wOF2 not this one'))).toThrow('not a WOFF 1.0 font');
  });
});
