// A published date as the sidecars, `npm run add` and POST /api/extract take it: YYYY-MM-DD, and a
// day the calendar has (2022-02-30 is refused, not rolled over into March).
/** Today in UTC (YYYY-MM-DD): the day the server counts as the present, in the browser too. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
