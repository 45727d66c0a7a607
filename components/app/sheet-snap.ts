// Where the bottom sheet settles when a drag of its handle ends: the snap point nearest to where
// the sheet would coast to at the speed it was released, so a short flick still moves it a step.
export type SheetState = 'peek' | 'half' | 'full';

/** The share of the viewport each state covers, lowest first. */
export const SHEET_FRACTION: Record<SheetState, number> = { peek: 0.34, half: 0.52, full: 0.88 };
const ORDER: SheetState[] = ['peek', 'half', 'full'];

/** How far ahead a release is projected (ms): the sheet "coasts" this long at the release speed. */
const PROJECT_MS = 200;
/** Faster than this (viewport heights per second) is a flick: it moves at least one step that way. */
const FLICK = 0.6;

/**
 * The state a released drag settles on. `fraction`: the sheet's height as a share of the viewport
 * when released; `velocity`: its growth in viewport heights per second (positive: moving up). A
 * flick goes to the next snap point beyond the release in its direction; a slower release to the
 * snap point nearest to where it would coast. `full`: the full height's share of the viewport
 * where it is less than SHEET_FRACTION.full (the sheet never rises over the time control).
 */
export function snapSheet(fraction: number, velocity: number, full = SHEET_FRACTION.full): SheetState {
  // Full is the map's whole height when that is less than its share of the screen.
  const at: Record<SheetState, number> = { ...SHEET_FRACTION, full: Math.min(SHEET_FRACTION.full, full) };
  if (velocity > FLICK) return ORDER.find((s) => at[s] > fraction) ?? 'full';
  if (velocity < -FLICK) return [...ORDER].reverse().find((s) => at[s] < fraction) ?? 'peek';
  const projected = fraction + (velocity * PROJECT_MS) / 1000;
  return ORDER.reduce((best, s) => (Math.abs(at[s] - projected) < Math.abs(at[best] - projected) ? s : best));
}

/** One step up (towards full) or down (towards peek), staying at the ends. */
export function stepSheet(from: SheetState, direction: 1 | -1): SheetState {
  return ORDER[Math.min(ORDER.length - 1, Math.max(0, ORDER.indexOf(from) + direction))];
}
