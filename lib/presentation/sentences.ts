// Puts claims and statuses into words for the panel, the region list, the PNG cards and link
// previews, always as something a source says, never as fact.
import type { Attribution, Claim, Extent } from '@/lib/claims/types';
import type { ControlSummary, RegionStatus } from '@/lib/regions/status';
import { formatDay } from './day';

const EXTENT_WORDS: Record<Extent, string> = { all: 'all of', most: 'most of', part: 'parts of', none: 'none of' };

export const KIND_HEADINGS: Record<Claim['kind'], string> = {
  control: 'Who controls it',
  advance: 'Where the front moves',
  'sovereignty-claim': 'Who claims it',
  demand: 'Who demands it',
  'legal-status': 'Status under international law',
  threat: 'Threats',
};

export const KIND_ORDER: Claim['kind'][] = ['control', 'advance', 'sovereignty-claim', 'demand', 'legal-status', 'threat'];

/** A sentence starts with a capital, whatever the source's name starts with ("the General Staff said …"). */
function capitalised(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * "CNN reported", "Vladimir Putin said" — the text's own verb; "According to ISW," when the text
 * says so or gives no verb (an uncredited statement is the publisher's, not a fact).
 */
export function creditPhrase(a: Attribution): { lead: string; trailing: boolean } {
  const who = a.speaker ?? a.source;
  if (!a.verb || /^according to$/i.test(a.verb)) return { lead: `According to ${who},`, trailing: false };
  return { lead: `${who} ${a.verb}`, trailing: true };
}

function amountOf(extent: Extent, percent: number | null): string {
  return percent !== null && extent !== 'all' && extent !== 'none' ? `about ${percent}% of` : EXTENT_WORDS[extent];
}

/** " (24 Jun 2022)", or " (date not given)": every control statement says when it was made. */
function when(date: string | null): string {
  return date ? ` (${formatDay(date)})` : ' (date not given)';
}

function controlClause(c: ControlSummary, regionName: string): string {
  const { lead, trailing } = creditPhrase(c.attribution);
  return `${lead}${trailing ? ' that' : ''} ${c.actor} controls ${amountOf(c.extent, c.percent)} ${regionName}${when(c.date)}`;
}

/** "Disputed: the sources disagree. Kyiv said that … (4 Jul 2022). The Kremlin said that … (3 Jul 2022)." */
function disputedSentence(sides: readonly ControlSummary[], regionName: string): string {
  return `Disputed: the sources disagree. ${sides.map((c) => `${capitalised(controlClause(c, regionName))}.`).join(' ')}`;
}

function flagsSentence(s: RegionStatus): string {
  const who = (actors: string[], one: string, many: string) => `${actors.join(' and ')} ${actors.length > 1 ? many : one}`;
  const parts: string[] = [];
  if (s.claimedBy.length) parts.push(who(s.claimedBy, 'claims it', 'claim it'));
  if (s.demandedBy.length) parts.push(who(s.demandedBy, 'demands it', 'demand it'));
  if (s.advancing.length) parts.push(who(s.advancing, 'is advancing there', 'are advancing there'));
  return parts.length ? ` Also in the sources: ${parts.join('; ')}.` : '';
}

/**
 * The status in one sentence that says who reported what, in the source's own verb, and when; a
 * disputed region gives each side's standing claim with its date.
 */
export function statusSentence(regionName: string, s: RegionStatus): string {
  const upTo = s.asOf ? ` up to ${formatDay(s.asOf)}` : '';
  if (s.claimCount === 0) return `No claims about ${regionName} were found in the source articles${upTo}.`;
  if (s.disputed) return disputedSentence(s.sides, regionName) + flagsSentence(s);
  if (s.control) return `${capitalised(controlClause(s.control, regionName))}.` + flagsSentence(s);
  return `No source in the articles${upTo} says who controls ${regionName}.` + flagsSentence(s);
}

/** What the claim says, without who says it: "Russia controls all of Luhansk". */
export function describeClaim(claim: Claim, regionName: string | null): string {
  const where = regionName ?? 'Ukraine';
  switch (claim.kind) {
    case 'control':
      return `${claim.actor} controls ${amountOf(claim.extent ?? 'part', claim.percent)} ${where}`;
    case 'advance':
      return claim.place ? `${claim.actor} is advancing near ${claim.place.name}` : `${claim.actor} is advancing in ${where}`;
    case 'sovereignty-claim':
      return `${claim.actor} claims ${where} as its own`;
    case 'demand':
      return `${claim.actor} demands that ${where} be handed over`;
    case 'legal-status':
      return `${where} is ${claim.actor}’s territory under international law`;
    case 'threat':
      return `${claim.actor} threatens to take ${regionName ? regionName : 'more territory'} by force`;
  }
}

/** The claim with its credit: "CNN reported that Russia controls all of Luhansk." */
export function attributedClaim(claim: Claim, regionName: string | null): string {
  const { lead, trailing } = creditPhrase(claim.attribution);
  return capitalised(`${lead}${trailing ? ' that' : ''} ${describeClaim(claim, regionName)}.`);
}
