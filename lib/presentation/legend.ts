// The legend's entries, the same on the page, the exported map view and the PNG cards: the status
// colours (strongest reported control first), the hatch for claimed regions, and the locality dot.
import type { StatusKey } from '@/lib/regions/status';
import { HATCH, LEGEND_ORDER, PALETTE } from './palette';

export interface LegendEntry {
  kind: 'status' | 'hatch' | 'place';
  key?: StatusKey;
  label: string;
  fill: string;
}

export const PLACE_LEGEND_LABEL = 'A locality a claim names (select it to open the claim)';

/** Entries for the statuses shown (all of them when `present` is omitted), the hatch and the locality dot when drawn. */
export function legendEntries(options: { present?: ReadonlySet<StatusKey>; hatch?: boolean; places?: boolean; placeLabel?: string }): LegendEntry[] {
  const keys = options.present ? LEGEND_ORDER.filter((k) => options.present!.has(k)) : LEGEND_ORDER;
  const entries: LegendEntry[] = keys.map((key) => ({ kind: 'status', key, label: PALETTE[key].label, fill: PALETTE[key].fill }));
  if (options.hatch) entries.push({ kind: 'hatch', label: HATCH.label, fill: HATCH.colour });
  if (options.places) entries.push({ kind: 'place', label: options.placeLabel ?? PLACE_LEGEND_LABEL, fill: '#111827' });
  return entries;
}
