// Extent of control from the words in front of a region ("all of", "most of", "parts of",
// "about 20% of") by the DESIGN.md rule: 100 all, over 50 most, over 0 part, 0 none.
import type { Extent } from './types';

export interface Quantity {
  extent: Extent;
  percent: number | null;
}

export function extentOfPercent(percent: number): Extent {
  if (percent >= 100) return 'all';
  if (percent > 50) return 'most';
  if (percent > 0) return 'part';
  return 'none';
}

// Most specific first: "nearly all of" must not read as "all of".
const WORDS: readonly [RegExp, Extent][] = [
  [/\b(?:nearly|almost|virtually|practically|effectively) (?:all|the whole|the entire|the entirety|entirely|completely|fully)\b/gi, 'most'],
  [/\b(?:most|much|the bulk|the majority|a majority|the lion['’]s share|large swathes?|large parts?|two[- ]thirds|three[- ]quarters|more than half|over half)\b/gi, 'most'],
  [/\b(?:none|no part|no territory|not any)\b/gi, 'none'],
  [/\b(?:not (?:fully|entirely|completely|all)|not the whole|only part|only parts)\b/gi, 'part'],
  [/\b(?:all|the whole|whole|the entire|entire|the entirety|full control|complete control|total control|fully|completely|entirely)\b/gi, 'all'],
  [/\b(?:parts?|portions?|some|areas?|swathes?|chunks?|pockets?|a (?:third|fifth|quarter|sixth|tenth|sliver|strip|slice|corner)|half|a small|a large|districts?|territor(?:y|ies)|occupied|remaining|villages?|towns?|settlements?|positions|foothold|bridgehead)\b/gi, 'part'],
];

const PERCENT = /(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)/gi;

/**
 * The quantity nearest the end of `text` (the words just before a region), or null when there
 * is none. A percent wins over words at the same place ("about 20% of").
 */
export function lastQuantity(text: string): Quantity | null {
  let bestAt = -1;
  let best: Quantity | null = null;
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
    const percent = Math.min(100, Number(m[1]));
    const end = m.index + m[0].length;
    if (end > bestAt) {
      bestAt = end;
      best = { extent: extentOfPercent(percent), percent };
    }
  }
  const claimed: [number, number][] = [];
  for (const [re, extent] of WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      // Inside a span a more specific pattern already read ("nearly all"): skip.
      if (claimed.some(([a, b]) => m.index >= a && end <= b)) continue;
      claimed.push([m.index, end]);
      if (end > bestAt) {
        bestAt = end;
        best = { extent, percent: null };
      }
    }
  }
  return best;
}
