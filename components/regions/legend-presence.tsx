// Says which statuses and locality states the map shows now, on a wrapper around the
// server-rendered legend, whose own CSS dims the entries that are not among them. No hooks: the
// client panel renders it with the data.
import type { StatusKey } from '@/lib/regions/status';
import type { PlaceState } from '@/lib/regions/summary';

export const PRESENT_ATTRIBUTE = 'data-legend-present';

export const placeToken = (state: PlaceState) => `place-${state}`;

export function LegendPresence({ present, places, children }: { present: ReadonlySet<StatusKey>; places: ReadonlySet<PlaceState>; children: React.ReactNode }) {
  const tokens = [...present, ...[...places].map(placeToken)].sort().join(' ');
  return <div {...{ [PRESENT_ATTRIBUTE]: tokens }}>{children}</div>;
}
