// The legend's entries, the same on the page, the exported map view and the PNG cards: the status
// colours (strongest reported control first), the hatch for claimed regions, and the locality dot.
import type { StatusKey } from '@/lib/regions/status';
import type { PlaceState } from '@/lib/regions/summary';
import { HATCH, LEGEND_ORDER, PALETTE, PLACE_STATES, PLACE_STYLE, type PaletteEntry } from './palette';

export interface LegendEntry {
  kind: 'status' | 'hatch' | 'place';
  key?: StatusKey;
  /** For a locality entry: the state its dot shows. */
  place?: PlaceState;
  label: string;
  fill: string;
  /** A dot's outline colour (locality entries). */
  stroke?: string;
  /** The status's own pattern, drawn over the fill (the disputed stripes). */
  pattern?: PaletteEntry['pattern'];
}

export const PLACE_LEGEND_LABEL = 'A locality a claim names (select it to open the claim)';

/**
 * Entries for the statuses shown (all of them when `present` is omitted), the hatch, and the
 * locality dots when drawn: one per state shown (`placeStates`), or one plain dot (`places`).
 */
export function legendEntries(options: {
  present?: ReadonlySet<StatusKey>;
  hatch?: boolean;
  places?: boolean;
  placeLabel?: string;
  placeStates?: ReadonlySet<PlaceState>;
}): LegendEntry[] {
  const keys = options.present ? LEGEND_ORDER.filter((k) => options.present!.has(k)) : LEGEND_ORDER;
  const entries: LegendEntry[] = keys.map((key) => ({ kind: 'status', key, label: PALETTE[key].label, fill: PALETTE[key].fill, ...(PALETTE[key].pattern ? { pattern: PALETTE[key].pattern } : {}) }));
  if (options.hatch) entries.push({ kind: 'hatch', label: HATCH.label, fill: HATCH.colour });
  if (options.placeStates?.size) {
    for (const place of PLACE_STATES) if (options.placeStates.has(place)) entries.push({ kind: 'place', place, label: PLACE_STYLE[place].label, fill: PLACE_STYLE[place].fill, stroke: PLACE_STYLE[place].stroke });
  } else if (options.places) entries.push({ kind: 'place', label: options.placeLabel ?? PLACE_LEGEND_LABEL, fill: '#111827' });
  return entries;
}
