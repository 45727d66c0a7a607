// Who a claim is credited to and where it was published, each party named once: the panel's claim
// card and the PNG cards both say it through this, so they cannot drift apart.
import type { Claim } from '@/lib/claims/types';
import type { DocumentRef } from '@/lib/documents/types';
import { formatDay } from './day';
import { NO_DATE } from './document-byline';

const same = (a: string | null | undefined, b: string | null | undefined) => Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());

export interface ClaimCredit {
  /** The person quoted, else the outlet or body credited, with a capital: "Vladimir Putin". */
  who: string;
  /** The text's own verb ("said"), when it gives one. */
  verb: string | null;
  /** The outlet and the publisher, each only when it is not a party named already. */
  via: string[];
}

/** The parties behind a claim: the speaker (or source), then the source and publisher if they differ. */
export function claimCredit(claim: Pick<Claim, 'attribution'>, doc: Pick<DocumentRef, 'publisher'> | undefined): ClaimCredit {
  const { source, speaker, verb } = claim.attribution;
  const who = speaker ?? source;
  const via: string[] = [];
  if (speaker && !same(source, speaker) && !same(source, doc?.publisher)) via.push(source);
  if (doc?.publisher && !same(doc.publisher, who) && !via.some((v) => same(v, doc.publisher))) via.push(doc.publisher);
  return { who: `${who.charAt(0).toUpperCase()}${who.slice(1)}`, verb: verb || null, via };
}

/**
 * "Vladimir Putin (said) · President of Russia (en.kremlin.ru), 24 Jun 2022". With `date`
 * (null: not given) the day is the last part; without it (the panel's card heads with its day)
 * the line ends with the parties.
 */
export function claimCreditLine(claim: Pick<Claim, 'attribution'>, doc: Pick<DocumentRef, 'publisher'> | undefined, date?: string | null): string {
  const c = claimCredit(claim, doc);
  const rest = [...c.via, ...(date === undefined ? [] : [date ? formatDay(date) : NO_DATE])];
  return `${c.who}${c.verb ? ` (${c.verb})` : ''}${rest.length ? ` · ${rest.join(', ')}` : ''}`;
}
