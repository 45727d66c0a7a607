// The card's typeface, Noto Sans (OFL-1.1), read once a process from public/fonts/ as WOFF
// (satori reads WOFF, not WOFF2), with the characters those files can draw.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Covers } from '@/lib/text/font-safe';
import { woffCodePoints } from '@/lib/text/woff-cmap';

export const CARD_FONT_FAMILY = 'Noto Sans';

const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
const WEIGHTS = [400, 700] as const;

export interface CardFont {
  name: string;
  data: Buffer;
  weight: (typeof WEIGHTS)[number];
  style: 'normal';
}

export interface CardFonts {
  fonts: CardFont[];
  /** True when every weight has a glyph for the code point. */
  covers: Covers;
}

async function load(dir: string): Promise<CardFonts> {
  const fonts = await Promise.all(
    WEIGHTS.flatMap((weight) =>
      SUBSETS.map(async (subset): Promise<CardFont> => ({
        name: CARD_FONT_FAMILY,
        data: await readFile(path.join(dir, `noto-sans-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal',
      })),
    ),
  );
  const perWeight = WEIGHTS.map((weight) => {
    const set = new Set<number>();
    for (const f of fonts) if (f.weight === weight) for (const cp of woffCodePoints(f.data)) set.add(cp);
    return set;
  });
  return { fonts, covers: (cp) => perWeight.every((set) => set.has(cp)) };
}

// One copy a process: each card route is its own bundle, and the six fonts are ~1 MB.
const holder = globalThis as typeof globalThis & { __claimsCardFonts?: Promise<CardFonts> };

/** The fonts from `<cwd>/public/fonts`, loaded on first use and kept. */
export function cardFonts(): Promise<CardFonts> {
  holder.__claimsCardFonts ??= load(path.join(process.cwd(), 'public', 'fonts')).catch((error: unknown) => {
    holder.__claimsCardFonts = undefined;
    throw error;
  });
  return holder.__claimsCardFonts;
}
