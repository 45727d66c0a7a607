// Reads which characters a WOFF (1.0) font has glyphs for, from its cmap table, so text can be
// checked against the fonts a server-side renderer really has before it tries to draw it.
import { inflateSync } from 'node:zlib';

function table(woff: Buffer, tag: string): Buffer | null {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font (expected the signature "wOFF")');
  const count = woff.readUInt16BE(12);
  for (let i = 0; i < count; i += 1) {
    const entry = 44 + i * 20;
    if (woff.toString('latin1', entry, entry + 4) !== tag) continue;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const data = woff.subarray(offset, offset + compLength);
    return compLength < origLength ? inflateSync(data) : data;
  }
  return null;
}

function format4(t: Buffer, at: number, out: Set<number>): void {
  const segCount = t.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s += 1) {
    const end = t.readUInt16BE(ends + s * 2);
    const start = t.readUInt16BE(starts + s * 2);
    const delta = t.readInt16BE(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = t.readUInt16BE(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = t.readUInt16BE(rangeOffsetAt + rangeOffset + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(c);
    }
  }
}

function format12(t: Buffer, at: number, out: Set<number>): void {
  const groups = t.readUInt32BE(at + 12);
  for (let i = 0; i < groups; i += 1) {
    const g = at + 16 + i * 12;
    const start = t.readUInt32BE(g);
    const end = t.readUInt32BE(g + 4);
    const startGlyph = t.readUInt32BE(g + 8);
    for (let c = start; c <= end; c += 1) if (startGlyph + (c - start) !== 0) out.add(c);
  }
}

/** The Unicode code points the font maps to a real glyph (not .notdef). */
export function woffCodePoints(woff: Buffer): Set<number> {
  const cmap = table(woff, 'cmap');
  if (!cmap) throw new Error('font has no cmap table');
  const out = new Set<number>();
  const records = cmap.readUInt16BE(2);
  for (let i = 0; i < records; i += 1) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    // Unicode subtables only: platform 0 (any), or Windows 3 with encoding 1 (BMP) / 10 (full).
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const at = cmap.readUInt32BE(8 + i * 8);
    const format = cmap.readUInt16BE(at);
    if (format === 4) format4(cmap, at, out);
    else if (format === 12) format12(cmap, at, out);
  }
  return out;
}
