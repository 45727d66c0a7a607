// The summary card's sizes (?size=…) and how much each has room for: the map's box and how
// long a quote may be (chosen so three quotes of that length fit without clipping). Shared by the route, the card component and the download control.
export const CARD_SIZES = {
  landscape: { width: 1200, height: 630, label: 'Landscape 1200×630', map: { width: 470, height: 340 }, quoteChars: 150 },
  square: { width: 1080, height: 1080, label: 'Square 1080×1080', map: { width: 540, height: 330 }, quoteChars: 170 },
  story: { width: 1080, height: 1920, label: 'Story 1080×1920', map: { width: 960, height: 600 }, quoteChars: 230 },
} as const;

export type CardSize = keyof typeof CARD_SIZES;
export const CARD_SIZE_NAMES = Object.keys(CARD_SIZES) as CardSize[];
export const DEFAULT_CARD_SIZE: CardSize = 'landscape';
export const MAX_QUOTES = 3;

/**
 * "donetsk-summary-square-2026-12-02.png": the region, the size and the day the card is as of (the
 * day it was made when it shows the present). The route's Content-Disposition and the panel's
 * download both name cards with this, so each size saves under its own name.
 */
export function summaryFileName(slug: string, size: CardSize, day: string): string {
  return `${slug}-summary-${size}-${day}.png`;
}
