// Dates as readers see them: "24 Jun 2022", the same on the page, in PNG cards and in sentences
// (fixed English month names, so server and browser render the same text whatever their locale).
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2022-06-24" → "24 Jun 2022"; anything else is returned as given. */
export function formatDay(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}

/** "as reported up to 24 Jun 2022", or "as reported up to today" for the present. */
export function asOfPhrase(asOf: string | null): string {
  return `as reported up to ${asOf ? formatDay(asOf) : 'today'}`;
}
