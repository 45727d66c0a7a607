// Colours and words for each status key: the one source for the map fill, the legend and the
// PNG cards. A sequential red ramp for reported Russian control and blue for Ukrainian control
// (ColorBrewer Reds and RdBu: colour-blind safe, and the ramp also differs in lightness), greys for
// no claim.
import type { StatusKey } from '@/lib/regions/status';

export interface PaletteEntry {
  fill: string;
  /** Text colour that stays readable on the fill. */
  ink: string;
  label: string;
}

export const PALETTE: Record<StatusKey, PaletteEntry> = {
  'russia-all': { fill: '#a50f15', ink: '#ffffff', label: 'Reported held by Russia: all of it' },
  'russia-most': { fill: '#ef6548', ink: '#1f2937', label: 'Reported held by Russia: most of it' },
  'russia-part': { fill: '#fcae91', ink: '#1f2937', label: 'Reported held by Russia: parts of it' },
  ukraine: { fill: '#4393c3', ink: '#1f2937', label: 'Reported held by Ukraine' },
  other: { fill: '#b8a9c9', ink: '#1f2937', label: 'Reported held by another party' },
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
  'none-reported',
  'no-control-claim',
  'no-claims',
];

export const HATCH = {
  colour: '#111827',
  label: 'Hatched: claimed or annexed by Russia (a claim of sovereignty, not of control)',
};
