// Shortens text for a fixed space (a card, a preview) without cutting a word in half: the cut is
// made at a space and marked with an ellipsis.
const ELLIPSIS = '…';
// Punctuation that reads badly just before an ellipsis ("regions, …").
const TRAILING = /[\s,;:\-–—(“‘"']+$/u;

/**
 * `text` with its whitespace collapsed, NFC-normalised (so a letter and its accent stay one
 * character), and if longer than `maxChars` characters (code points, ellipsis included), cut at
 * the last space that fits and ended with "…". A first word longer than `maxChars` is kept whole
 * rather than cut.
 */
export function trimAtWord(text: string, maxChars: number): string {
  if (!Number.isInteger(maxChars) || maxChars < 2) throw new Error(`maxChars must be an integer of at least 2, got ${maxChars}`);
  const clean = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const chars = Array.from(clean);
  if (chars.length <= maxChars) return clean;
  const room = chars.slice(0, maxChars - ELLIPSIS.length + 1).join('');
  // room ends one character past what fits: if that character is a space, the last word fits whole.
  const cut = room.lastIndexOf(' ');
  if (cut <= 0) {
    const firstWord = clean.split(' ')[0];
    return firstWord === clean ? clean : `${firstWord.replace(TRAILING, '')}${ELLIPSIS}`;
  }
  return `${room.slice(0, cut).replace(TRAILING, '')}${ELLIPSIS}`;
}
