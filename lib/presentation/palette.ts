// Colours and words for each status key: the one source for the map fill, the legend and the
// PNG cards. A sequential red ramp for reported Russian control and blue for Ukrainian control
// (ColorBrewer Reds and RdBu: colour-blind safe, and the ramp also differs in lightness), greys for
// no claim.
import type { StatusKey } from '@/lib/regions/status';
import type { PlaceState } from '@/lib/regions/summary';

export interface PaletteEntry {
  fill: string;
  /** Text colour that stays readable on the fill. */
  ink: string;
  label: string;
  /** Drawn over the fill, so the state reads without colour too: stripes in `colour`, falling to the right (the claimed hatch rises), so both can show at once. */
  pattern?: { kind: 'stripes'; colour: string; direction: 'falling' };
}

export const PALETTE: Record<StatusKey, PaletteEntry> = {
  'russia-all': { fill: '#a50f15', ink: '#ffffff', label: 'Reported held by Russia: all of it' },
  'russia-most': { fill: '#ef6548', ink: '#1f2937', label: 'Reported held by Russia: most of it' },
  'russia-part': { fill: '#fcae91', ink: '#1f2937', label: 'Reported held by Russia: parts of it' },
  ukraine: { fill: '#4393c3', ink: '#1f2937', label: 'Reported held by Ukraine' },
  other: { fill: '#b8a9c9', ink: '#1f2937', label: 'Reported held by another party' },
  disputed: { fill: '#fee391', ink: '#1f2937', label: 'Disputed: the sides’ newest claims disagree', pattern: { kind: 'stripes', colour: '#8c510a', direction: 'falling' } },
  'none-reported': { fill: '#d1e5f0', ink: '#1f2937', label: 'Reported that Russia holds none of it' },
  'no-control-claim': { fill: '#f2f2f2', ink: '#1f2937', label: 'Claims, but none about who controls it' },
  'no-claims': { fill: '#d9d9d9', ink: '#1f2937', label: 'No claims found in the sources' },
};

/** The order the legend lists them in: strongest reported control first. */
export const LEGEND_ORDER: StatusKey[] = [
  'russia-all',
  'russia-most',
  'russia-part',
  'ukraine',
  'other',
  'disputed',
  'none-reported',
  'no-control-claim',
  'no-claims',
];

/** Whether a region is drawn hatched: Russia claims or has annexed it (Ukraine saying it is Ukrainian is not a hatch). */
export function isHatched(status: { claimedBy: readonly string[] }): boolean {
  return status.claimedBy.includes('Russia');
}

export const HATCH = {
  colour: '#111827',
  label: 'Hatched: claimed or annexed by Russia (a claim of sovereignty, not of control)',
};

/** How a locality's dot is drawn by its newest claims (lib/regions/summary.ts placesOf). */
export const PLACE_STYLE: Record<PlaceState, { fill: string; stroke: string; label: string }> = {
  captured: { fill: '#7f1d1d', stroke: '#ffffff', label: 'Locality reported captured' },
  held: { fill: '#111827', stroke: '#ffffff', label: 'Locality reported held' },
  contested: { fill: '#ffffff', stroke: '#111827', label: 'Locality contested: fighting reported near it, or the sides disagree' },
};

export const PLACE_STATES: PlaceState[] = ['captured', 'held', 'contested'];
