// The days the corpus speaks on: for each day, how many documents were published and how many
// claims were made, oldest first — what the time control draws its ticks from.
export interface TimelineDay {
  date: string;
  documents: number;
  claims: number;
}

export interface Timeline {
  /** The first and last day anything is dated; null when nothing is. */
  first: string | null;
  last: string | null;
  days: TimelineDay[];
  /** Documents and claims with no date: shown in the present only. */
  undated: { documents: number; claims: number };
}

/** From each document's published day and its claims' days (null when not known). */
export function timelineOf(documents: readonly { published: string | null; claims: readonly (string | null)[] }[]): Timeline {
  const days = new Map<string, TimelineDay>();
  const day = (date: string) => {
    let d = days.get(date);
    if (!d) days.set(date, (d = { date, documents: 0, claims: 0 }));
    return d;
  };
  const undated = { documents: 0, claims: 0 };
  for (const doc of documents) {
    const published = doc.published && /^\d{4}-\d{2}-\d{2}/.test(doc.published) ? doc.published.slice(0, 10) : null;
    if (published) day(published).documents++;
    else undated.documents++;
    for (const date of doc.claims) {
      if (date) day(date).claims++;
      else undated.claims++;
    }
  }
  const sorted = [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  return { first: sorted[0]?.date ?? null, last: sorted.at(-1)?.date ?? null, days: sorted, undated };
}
