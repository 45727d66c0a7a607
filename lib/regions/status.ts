// A region's status as of a date: the one summary of its claims that the map colour, legend, panel
// sentence and PNG card all use. Derived by `deriveStatus` alone, so they can never disagree. How
// the status is put into words is presentation (lib/presentation/sentences.ts).
import { STATUS_CONFIDENCE_THRESHOLD } from '@/lib/claims/confidence';
import type { Attribution, Claim, Extent } from '@/lib/claims/types';
import { compareNewestFirst, type SortKey } from '@/lib/listing/cursor';
import type { Side } from '@/lib/listing/sides';
import { disagree } from './disagreement';

/** The fill key the map and cards colour by: who is reported to hold the region, and how much. */
export type StatusKey =
  | 'russia-all'
  | 'russia-most'
  | 'russia-part'
  | 'ukraine'
  | 'other'
  | 'none-reported'
  | 'disputed'
  | 'no-control-claim'
  | 'no-claims';

/** One control claim as the status uses it: what it says, who says so (and for which side), and when. */
export interface ControlSummary {
  actor: string;
  extent: Extent;
  percent: number | null;
  attribution: Attribution;
  /** The side that says so (lib/listing/sides.ts speakerSide). */
  side: Side;
  claimId: string;
  document: string;
  /** When its document was published (null when not given). */
  published: string | null;
  /** When the claim was made: its own date, else its document's; null when neither is known. */
  date: string | null;
}

export interface RegionStatus {
  /** The day the status is as of (YYYY-MM-DD); null: the present, everything known. */
  asOf: string | null;
  key: StatusKey;
  /** The claim that sets the colour: the newest standing control claim; null when none stands. */
  control: ControlSummary | null;
  /** Each side's standing control claim (its newest up to asOf), newest first. */
  sides: ControlSummary[];
  /** Two sides' standing claims cannot both be true: the region is shown as disputed. */
  disputed: boolean;
  /** Other control claims up to asOf that differ (another actor, extent or source): history, shown beside, never merged. */
  competing: number;
  claimedBy: string[];
  demandedBy: string[];
  advancing: string[];
  legallyPartOf: string[];
  threatenedBy: string[];
  /** Claims up to asOf (undated ones only in the present). */
  claimCount: number;
}

/** Where a claim's document was published, by document id (null when undated or unknown). */
export type PublishedOf = (documentId: string) => string | null;

export interface StatusContext {
  /** The day to derive the status for (YYYY-MM-DD); null for the present. */
  asOf: string | null;
  /** When the claim was made (its own date, else its document's); null when neither is known. */
  dateOf: (claim: Claim) => string | null;
  publishedOf: PublishedOf;
  /** The side that says so. */
  sideOf: (claim: Claim) => Side;
}

function statusKey(control: ControlSummary | null, disputed: boolean, claimCount: number): StatusKey {
  if (claimCount === 0) return 'no-claims';
  if (!control) return 'no-control-claim';
  if (disputed) return 'disputed';
  if (control.extent === 'none') return 'none-reported';
  if (control.actor === 'Russia') return `russia-${control.extent}`;
  if (control.actor === 'Ukraine') return 'ukraine';
  return 'other';
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

/** A claim is known as of `asOf` when it is dated on or before it; an undated claim only in the present. */
export function knownAsOf(date: string | null, asOf: string | null): boolean {
  return asOf === null || (date !== null && date <= asOf);
}

/** Claims with their dates, newest first (undated last, then document order): the order claims are read in. */
export function readingOrder(claims: readonly Claim[], dateOf: (claim: Claim) => string | null): { claim: Claim; date: string | null }[] {
  return claims
    .map((claim) => ({ claim, date: dateOf(claim), key: [dateOf(claim), claim.quote.document, claim.quote.start, claim.id] as SortKey }))
    .sort((a, b) => compareNewestFirst(a.key, b.key))
    .map(({ claim, date }) => ({ claim, date }));
}

/**
 * Derives a region's status as of a date from its claims.
 *
 * - Claims are read newest first. Only claims known by `asOf` count: dated on or before it, or, in
 *   the present (asOf null), undated too. Claims from rules whose measured precision is under
 *   STATUS_CONFIDENCE_THRESHOLD are counted (and listed, marked) but set nothing
 *   (lib/claims/confidence.ts).
 * - For each side that speaks (Russian, Ukrainian, other sources) its newest dated control claim
 *   stands; its older ones are history. An undated claim never overrides a dated one: undated
 *   control claims stand only in the present and only when no dated one does.
 * - When two sides' standing claims cannot both be true (lib/regions/disagreement.ts) the status is
 *   `disputed`; otherwise the newest standing claim sets the colour.
 * - Flags: the actors that claim the region as their own, demand it, advance in it, are named as
 *   its sovereign under international law, or threaten to take it, up to asOf.
 */
export function deriveStatus(allClaims: readonly Claim[], ctx: StatusContext): RegionStatus {
  const known = readingOrder(allClaims, ctx.dateOf).filter((c) => knownAsOf(c.date, ctx.asOf));
  const trusted = known.filter((c) => c.claim.confidence >= STATUS_CONFIDENCE_THRESHOLD);
  const controls = trusted.filter((c) => c.claim.kind === 'control' && c.claim.extent !== null);
  const dated = controls.filter((c) => c.date !== null);
  const candidates = dated.length > 0 ? dated : controls;

  const sides: ControlSummary[] = [];
  for (const { claim, date } of candidates) {
    const side = ctx.sideOf(claim);
    if (sides.some((s) => s.side === side)) continue;
    sides.push({
      actor: claim.actor,
      extent: claim.extent as Extent,
      percent: claim.percent,
      attribution: claim.attribution,
      side,
      claimId: claim.id,
      document: claim.quote.document,
      published: ctx.publishedOf(claim.quote.document),
      date,
    });
  }
  const disputed = sides.some((a, i) => sides.slice(i + 1).some((b) => disagree(a, b)));
  const control = sides[0] ?? null;
  const competing = control
    ? controls.filter(({ claim: c }) => c.id !== control.claimId && (c.actor !== control.actor || c.extent !== control.extent || c.attribution.source !== control.attribution.source)).length
    : 0;
  const actorsOf = (kind: Claim['kind']) => unique(trusted.filter((c) => c.claim.kind === kind).map((c) => c.claim.actor));
  return {
    asOf: ctx.asOf,
    key: statusKey(control, disputed, known.length),
    control,
    sides,
    disputed,
    competing,
    claimedBy: actorsOf('sovereignty-claim'),
    demandedBy: actorsOf('demand'),
    advancing: actorsOf('advance'),
    legallyPartOf: actorsOf('legal-status'),
    threatenedBy: actorsOf('threat'),
    claimCount: known.length,
  };
}
