// Makes text drawable with a known set of glyphs: a server-side renderer (next/og) that meets a
// character its fonts lack tries to download a font, which fails offline. Letters with accents
// are kept whenever the fonts have them; otherwise the accent is dropped, not the letter.
export type Covers = (codePoint: number) => boolean;

// Invisible or decorative code points that carry no meaning on a card: emoji, their modifiers,
// flags, joiners and variation selectors, format controls.
const DROP = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\p{Cf}\u{FE00}-\u{FE0F}\u{E0020}-\u{E007F}\u20E3]/u;

// Typographic characters with a plain equivalent, tried when the fonts lack the original.
const PLAIN: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u2026': '...', '\u00A0': ' ', '\u202F': ' ', '\u2009': ' ', '\u2002': ' ', '\u2003': ' ',
};

const REPLACEMENT = '?';

function coveredAll(text: string, covers: Covers): boolean {
  for (const ch of text) if (!covers(ch.codePointAt(0)!)) return false;
  return true;
}

/**
 * `text` (NFC) with every character `covers` accepts kept as it is; emoji and other invisible or
 * decorative characters removed; typographic marks replaced by plain ones; letters reduced to
 * their unaccented form when only that is covered; anything else replaced with "?". Whitespace
 * runs become one space. The result passes `covers` character by character (spaces included
 * when the fonts have a space).
 */
export function fontSafeText(text: string, covers: Covers): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (/\s/u.test(ch)) {
      out += ' ';
    } else if (/[\p{Cc}\p{Cf}]/u.test(ch)) {
      continue;
    } else if (covers(cp)) {
      out += ch;
    } else if (DROP.test(ch)) {
      continue;
    } else if (PLAIN[ch] && coveredAll(PLAIN[ch], covers)) {
      out += PLAIN[ch];
    } else {
      const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
      out += base && base !== ch && coveredAll(base, covers) ? base : /\p{M}/u.test(ch) ? '' : REPLACEMENT;
    }
  }
  return out.replace(/ {2,}/g, ' ').trim();
}
