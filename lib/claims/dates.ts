// When a claim was made: the date a sentence itself gives ("on 3 July 2022", "on Sunday",
// "yesterday"), read against the document's published date; else the published date. Only whole
// days count: "in 2014" or "since March" date an event loosely, not the statement.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

// A day counts only when the sentence says something happened on it ("on 3 July", "as of 1 May",
// "On 1 October, …"): "starting from February 24" or "until 30 September" date something else.
const DAY_MONTH = new RegExp(`(?:\\b(?:on|as\\s+of)\\s+|^)(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'i');
const MONTH_DAY = new RegExp(`(?:\\b(?:on|as\\s+of)\\s+|^)${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const WEEKDAY = /\b(on|last|this)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
// "today" and "this morning" are the published date, which is the fallback anyway.
const YESTERDAY = /(?<!day before )\byesterday\b/i;
// A date the sentence plans or promises is not when the claim was made.
const FUTURE = /\b(?:will|would|shall|plan(?:s|ned)?|schedul\w*|due|promis\w*|expect\w*|to be held)\b/i;

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
}

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

function parsePublished(published: string | null): Date | null {
  // Sidecars may give a time too ("2022-07-03T10:00:00Z"): the day is what counts.
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  const d = new Date(`${published.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * A day-month date without a year is in the published year; one that would fall after
 * publication is a plan ("the vote on 30 September"), except early in January, when a late-December
 * day is last year's ("on 30 December", published 2 January).
 */
function withYear(month: number, day: number, year: string | undefined, published: Date | null): string | null {
  if (year) return iso(Number(year), month, day);
  if (!published) return null;
  const y = published.getUTCFullYear();
  const same = iso(y, month, day);
  if (same && same <= published.toISOString().slice(0, 10)) return same;
  return published.getUTCMonth() === 0 && month === 11 ? iso(y - 1, month, day) : null;
}

/**
 * The date a sentence gives for what it states, as YYYY-MM-DD, or null when it gives none (or
 * none that can be placed: a weekday with no published date). Never after the published date.
 */
export function sentenceDate(sentence: string, published: string | null): string | null {
  if (FUTURE.test(sentence)) return null;
  const pub = parsePublished(published);
  const pubIso = pub?.toISOString().slice(0, 10) ?? null;
  const found: { at: number; date: string | null }[] = [];
  const isoMatch = ISO.exec(sentence);
  if (isoMatch) found.push({ at: isoMatch.index, date: iso(Number(isoMatch[1]), Number(isoMatch[2]) - 1, Number(isoMatch[3])) });
  const dm = DAY_MONTH.exec(sentence);
  if (dm) found.push({ at: dm.index, date: withYear(monthIndex(dm[2]), Number(dm[1]), dm[3], pub) });
  const md = MONTH_DAY.exec(sentence);
  if (md && !(dm && dm.index <= md.index && md.index < dm.index + dm[0].length)) found.push({ at: md.index, date: withYear(monthIndex(md[1]), Number(md[2]), md[3], pub) });
  if (pub) {
    const wd = WEEKDAY.exec(sentence);
    if (wd) {
      // The latest such weekday on or before the published date; "last Sunday" on a Sunday is a week back.
      let back = (pub.getUTCDay() - WEEKDAYS.indexOf(wd[2].toLowerCase()) + 7) % 7;
      if (back === 0 && wd[1].toLowerCase() === 'last') back = 7;
      found.push({ at: wd.index, date: new Date(pub.getTime() - back * 86_400_000).toISOString().slice(0, 10) });
    }
    const y = YESTERDAY.exec(sentence);
    if (y) found.push({ at: y.index, date: new Date(pub.getTime() - 86_400_000).toISOString().slice(0, 10) });
  }
  const first = found.filter((f) => f.date !== null && (pubIso === null || f.date <= pubIso)).sort((a, b) => a.at - b.at)[0];
  return first?.date ?? null;
}

/** The claim's date: the sentence's own, else the document's published date. */
export function claimDate(sentence: string, published: string | null): string | null {
  return sentenceDate(sentence, published) ?? parsePublished(published)?.toISOString().slice(0, 10) ?? null;
}
