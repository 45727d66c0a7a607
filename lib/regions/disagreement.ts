// Whether two control claims can both be true. Each claim is read as a range for the share of the
// region its actor holds ("all of" 100 %, "most of" 51–99 %, "parts of" 1–99 %, "none of" 0 %,
// "about 60 %" 55–65 %); two claims about the same actor disagree when their ranges do not overlap,
// claims about two actors when the least each is said to hold adds up to more than the whole.
// So "Russia holds parts" and "Russia holds most" agree (the words are vague), while "Russia holds
// all of it" and "Ukraine still holds part" do not.
import type { Extent } from '@/lib/claims/types';

export interface ControlReading {
  actor: string;
  extent: Extent;
  percent: number | null;
}

type Range = [number, number];

const EXTENT_RANGE: Record<Extent, Range> = { all: [100, 100], most: [51, 99], part: [1, 99], none: [0, 0] };
/** How far a reported figure ("about 60 %", "almost 60 %") is read either way. */
const PERCENT_MARGIN = 5;

export function shareRange(c: ControlReading): Range {
  if (c.percent !== null && c.extent !== 'all' && c.extent !== 'none') {
    return [Math.max(1, c.percent - PERCENT_MARGIN), Math.min(99, c.percent + PERCENT_MARGIN)];
  }
  return EXTENT_RANGE[c.extent];
}

export function disagree(a: ControlReading, b: ControlReading): boolean {
  const [aLo, aHi] = shareRange(a);
  const [bLo, bHi] = shareRange(b);
  if (a.actor === b.actor) return aHi < bLo || bHi < aLo;
  return aLo + bLo > 100;
}
