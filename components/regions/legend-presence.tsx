// Says which statuses the map shows now, on a wrapper around the server-rendered legend, whose own
// CSS dims the entries that are not among them. No hooks: the client panel renders it with the data.
import type { StatusKey } from '@/lib/regions/status';

export const PRESENT_ATTRIBUTE = 'data-legend-present';

export function LegendPresence({ present, children }: { present: ReadonlySet<StatusKey>; children: React.ReactNode }) {
  return <div {...{ [PRESENT_ATTRIBUTE]: [...present].sort().join(' ') }}>{children}</div>;
}
