// A region's status: the one summary of its claims that the map colour, legend, panel sentence
// and PNG card all use. Derived by `deriveStatus` alone, so they can never disagree.
import { STATUS_CONFIDENCE_THRESHOLD } from '@/lib/claims/confidence';
import type { Attribution, Claim, Extent, SourceDocument } from '@/lib/claims/types';

/** The fill key the map and cards colour by: who is reported to hold the region, and how much. */
export type StatusKey =
  | 'russia-all'
  | 'russia-most'
  | 'russia-part'
  | 'ukraine'
  | 'other'
  | 'none-reported'
  | 'no-control-claim'
  | 'no-claims';

export interface ControlSummary {
  actor: string;
  extent: Extent;
  percent: number | null;
  attribution: Attribution;
  claimId: string;
  document: string;
  published: string | null;
}

export interface RegionStatus {
  key: StatusKey;
  /** The strongest control extent reported, with who reported it; null when no claim says. */
  control: ControlSummary | null;
  /** Other control claims that differ (another actor, extent or source): shown beside, never merged. */
  competing: number;
  claimedBy: string[];
  demandedBy: string[];
  advancing: string[];
  legallyPartOf: string[];
  threatenedBy: string[];
  claimCount: number;
  /** One sentence that says who reported what, never stating a claim as fact. */
  sentence: string;
}

const EXTENT_RANK: Record<Extent, number> = { all: 3, most: 2, part: 1, none: 0 };
const EXTENT_WORDS: Record<Extent, string> = { all: 'all of', most: 'most of', part: 'parts of', none: 'none of' };

function statusKey(control: ControlSummary | null, claimCount: number): StatusKey {
  if (claimCount === 0) return 'no-claims';
  if (!control) return 'no-control-claim';
  if (control.extent === 'none') return 'none-reported';
  if (control.actor === 'Russia') return `russia-${control.extent}`;
  if (control.actor === 'Ukraine') return 'ukraine';
  return 'other';
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
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

function controlSentence(c: ControlSummary, regionName: string): string {
  const amount = c.percent !== null && c.extent !== 'all' && c.extent !== 'none' ? `about ${c.percent}% of` : EXTENT_WORDS[c.extent];
  const { lead, trailing } = creditPhrase(c.attribution);
  return `${lead}${trailing ? ' that' : ''} ${c.actor} controls ${amount} ${regionName}.`;
}

function flagsSentence(s: Omit<RegionStatus, 'sentence' | 'key'>): string {
  const who = (actors: string[], one: string, many: string) => `${actors.join(' and ')} ${actors.length > 1 ? many : one}`;
  const parts: string[] = [];
  if (s.claimedBy.length) parts.push(who(s.claimedBy, 'claims it', 'claim it'));
  if (s.demandedBy.length) parts.push(who(s.demandedBy, 'demands it', 'demand it'));
  if (s.advancing.length) parts.push(who(s.advancing, 'is advancing there', 'are advancing there'));
  return parts.length ? ` Also in the sources: ${parts.join('; ')}.` : '';
}

/**
 * Derives a region's status from its claims.
 *
 * - control: the control claim with the strongest extent (all > most > part > none); ties go to
 *   the claim that comes first (documents in id order, then by position), so the result is stable.
 * - competing: how many other control claims name a different actor, extent or source.
 * - flags: the actors that claim it as their own, demand it, advance in it, are named as its
 *   sovereign under international law, or threaten to take it.
 * - sentence: says who reported the control claim, in the source's own verb.
 */
export function deriveStatus(regionName: string, allClaims: readonly Claim[], documents: ReadonlyMap<string, SourceDocument>): RegionStatus {
  // Claims from rules whose measured precision is under the threshold are listed (and marked)
  // but do not colour the map or write its sentence (lib/claims/confidence.ts).
  const claims = allClaims.filter((c) => c.confidence >= STATUS_CONFIDENCE_THRESHOLD);
  const controls = claims.filter((c) => c.kind === 'control' && c.extent !== null);
  let best: Claim | null = null;
  for (const c of controls) {
    if (!best || EXTENT_RANK[c.extent as Extent] > EXTENT_RANK[best.extent as Extent]) best = c;
  }
  const control: ControlSummary | null = best
    ? {
        actor: best.actor,
        extent: best.extent as Extent,
        percent: best.percent,
        attribution: best.attribution,
        claimId: best.id,
        document: best.quote.document,
        published: documents.get(best.quote.document)?.published ?? null,
      }
    : null;
  const competing = best
    ? controls.filter((c) => c.actor !== best.actor || c.extent !== best.extent || c.attribution.source !== best.attribution.source).length
    : 0;
  const actorsOf = (kind: Claim['kind']) => unique(claims.filter((c) => c.kind === kind).map((c) => c.actor));
  const base = {
    control,
    competing,
    claimedBy: actorsOf('sovereignty-claim'),
    demandedBy: actorsOf('demand'),
    advancing: actorsOf('advance'),
    legallyPartOf: actorsOf('legal-status'),
    threatenedBy: actorsOf('threat'),
    claimCount: allClaims.length,
  };
  const sentence =
    allClaims.length === 0
      ? `No claims about ${regionName} were found in the source articles.`
      : control
        ? controlSentence(control, regionName) + flagsSentence(base)
        : `No source in the articles says who controls ${regionName}.` + flagsSentence(base);
  return { ...base, key: statusKey(control, allClaims.length), sentence };
}
