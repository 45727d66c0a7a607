// One claim: when it was made, what it says with who says it, the exact quote, its source, and a
// link to read it in the article that brings the reader back to the same view.
import { LOW_CONFIDENCE, STATUS_CONFIDENCE_THRESHOLD } from '@/lib/claims/confidence';
import type { Claim } from '@/lib/claims/types';
import type { DocumentRef } from '@/lib/documents/types';
import { claimCreditLine } from '@/lib/presentation/claim-credit';
import { formatDay } from '@/lib/presentation/day';
import { NO_PUBLISHER } from '@/lib/presentation/document-byline';
import { attributedClaim } from '@/lib/presentation/sentences';
import { inContextHref } from '@/lib/urls/links';
import { viewUrl } from '@/lib/urls/view-url';
import { useView } from '@/components/app/view-context';
import { viewLinkProps } from '@/components/app/view-link';
import { ShareButton } from './share-button';

export function ClaimCard({
  claim,
  regionName,
  regionSlug,
  document,
  active,
  badge,
  onHighlight,
}: {
  claim: Claim;
  regionName: string | null;
  /** Claims about a region get their own link (/regions/{slug}?claim={id}); nationwide ones don't. */
  regionSlug?: string;
  document: DocumentRef | undefined;
  active: boolean;
  /** What the claim stands for in the status ("Sets the colour · 24 Jun 2022"), shown on top. */
  badge?: string;
  onHighlight: (claim: Claim | null) => void;
}) {
  const { asOf, remember } = useView();
  const date = claim.date ?? document?.published ?? null;
  // Back from the article: this region with this claim ringed, at the same date (a nationwide
  // claim has no link of its own: back to the map at that date).
  const back = viewUrl({ slug: regionSlug ?? null, claim: regionSlug ? claim.id : null, asOf });
  return (
    <article
      id={`claim-${claim.id}`}
      data-claim={claim.id}
      tabIndex={-1}
      onMouseEnter={() => onHighlight(claim)}
      onMouseLeave={() => onHighlight(null)}
      onFocus={() => onHighlight(claim)}
      onBlur={() => onHighlight(null)}
      className={`rounded-lg border bg-white p-3 shadow-sm ${active ? 'border-amber-500 ring-2 ring-amber-400' : 'border-slate-200'}`}
    >
      <p className="mb-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
        <span className={date ? 'font-bold uppercase tracking-wide text-slate-700' : 'italic text-slate-600'} data-testid="claim-date">
          {date ? formatDay(date) : 'Date not given'}
        </span>
        {badge && <span className="rounded bg-slate-900 px-1.5 py-0.5 font-semibold text-white" data-testid="claim-badge">{badge}</span>}
      </p>
      <p className="font-semibold leading-snug" data-testid="claim-headline">
        {attributedClaim(claim, regionName)}
      </p>
      <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 text-[0.95rem] leading-relaxed text-slate-800">
        <mark className="bg-amber-100 text-slate-900">“{claim.quote.text}”</mark>
      </blockquote>
      <dl className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
        <div>
          <dt className="sr-only">Who says so, and where it was published</dt>
          <dd data-testid="claim-credit">{claimCreditLine(claim, document)}</dd>
        </div>
        <div>
          <dt className="sr-only">Extractor rule and its measured precision</dt>
          <dd title={`Read by the extractor rule ${claim.rule}, whose measured precision on labelled real text is ${Math.round(claim.confidence * 100)}%`}>
            {claim.confidence < LOW_CONFIDENCE ? (
              <span className="rounded bg-amber-100 px-1 font-semibold text-amber-900">
                Low confidence ({Math.round(claim.confidence * 100)}%){claim.confidence < STATUS_CONFIDENCE_THRESHOLD ? ': not used for the map colour' : ''}
              </span>
            ) : (
              <span>Confidence {Math.round(claim.confidence * 100)}%</span>
            )}
          </dd>
        </div>
      </dl>
      {document && (
        // Before the clamped title, so a long title cannot hide it.
        <p className="mt-1 line-clamp-1 text-xs text-slate-600" title={document.title}>
          Article{document.publisher ? '' : ` (${NO_PUBLISHER})`}: {document.title}
        </p>
      )}
      <div className="mt-1 flex flex-wrap items-center gap-x-4">
        <a
          // The view as it is now: the map's position (the hash) in the article's own link back and,
          // on a click, the claim and date in the URL, for the browser's Back.
          {...viewLinkProps(
            (hash) => inContextHref(claim, `${back}${hash}`),
            () => remember(regionSlug ? claim.id : null),
          )}
          className="inline-flex min-h-11 items-center text-sm font-semibold text-blue-800 underline underline-offset-2 hover:text-blue-950"
        >
          Read in context<span className="sr-only"> (the quote highlighted in its article)</span>
        </a>
        {regionSlug && (
          <ShareButton
            path={viewUrl({ slug: regionSlug, claim: claim.id, asOf })}
            title={attributedClaim(claim, regionName)}
            label="Copy link to this claim"
            className="min-h-11 text-sm font-semibold text-slate-700 underline underline-offset-2 hover:text-slate-950"
          />
        )}
      </div>
    </article>
  );
}
