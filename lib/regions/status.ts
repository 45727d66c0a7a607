// A region's status: the one summary of its claims that the map colour, legend, panel sentence
// and PNG card all use. Derived by `deriveStatus` alone, so they can never disagree. How the
// status is put into words is presentation (lib/presentation/sentences.ts).
import { STATUS_CONFIDENCE_THRESHOLD } from '@/lib/claims/confidence';
import type { Attribution, Claim, Extent } from '@/lib/claims/types';

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
}

/** Where a claim's document was published, by document id (null when undated or unknown). */
export type PublishedOf = (documentId: string) => string | null;

const EXTENT_RANK: Record<Extent, number> = { all: 3, most: 2, part: 1, none: 0 };

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
 * Derives a region's status from its claims.
 *
 * - control: the control claim with the strongest extent (all > most > part > none); ties go to
 *   the claim that comes first (documents in id order, then by position), so the result is stable.
 * - competing: how many other control claims name a different actor, extent or source.
 * - flags: the actors that claim it as their own, demand it, advance in it, are named as its
 *   sovereign under international law, or threaten to take it.
 * - claims from rules whose measured precision is under STATUS_CONFIDENCE_THRESHOLD are counted
 *   (and listed, marked) but set nothing here (lib/claims/confidence.ts).
 */
export function deriveStatus(allClaims: readonly Claim[], publishedOf: PublishedOf): RegionStatus {
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
        published: publishedOf(best.quote.document),
      }
    : null;
  const competing = best
    ? controls.filter((c) => c.actor !== best.actor || c.extent !== best.extent || c.attribution.source !== best.attribution.source).length
    : 0;
  const actorsOf = (kind: Claim['kind']) => unique(claims.filter((c) => c.kind === kind).map((c) => c.actor));
  return {
    key: statusKey(control, allClaims.length),
    control,
    competing,
    claimedBy: actorsOf('sovereignty-claim'),
    demandedBy: actorsOf('demand'),
    advancing: actorsOf('advance'),
    legallyPartOf: actorsOf('legal-status'),
    threatenedBy: actorsOf('threat'),
    claimCount: allClaims.length,
  };
}
