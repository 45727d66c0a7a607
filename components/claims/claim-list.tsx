'use client';
// A region's claims, newest first, a page at a time from /api/regions/{slug}/claims: the next page
// loads when the end of the list scrolls into view (or only on "Show more", for the ledger's
// groups), and every loaded page is fetched again when the data changes.
import { useEffect, useRef } from 'react';
import useSWRInfinite from 'swr/infinite';
import type { Claim } from '@/lib/claims/types';
import type { DocumentRef } from '@/lib/documents/types';
import type { ClaimsPageBody } from '@/lib/http/api-types';
import { useRevalidateOn } from '@/components/app/data-version';
import { useSeen } from '@/components/app/use-seen';
import { fetchJson } from '@/components/app/fetch-json';
import { ClaimCard } from './claim-card';
import { claimsUrl, PANEL_PAGE_SIZE, type ClaimsFilter } from './claims-url';

export interface ClaimListProps {
  /** A region's slug, or `ukraine` for claims about Ukraine as a whole. */
  slug: string;
  /** The name claims are described with ("… controls parts of Donetsk"); null for Ukraine as a whole. */
  regionName: string | null;
  /** Set for a region: each card gets a link to itself. */
  regionSlug?: string;
  filter: ClaimsFilter;
  /** The first page as the server embedded it, when it is for this slug and filter. */
  firstPage?: ClaimsPageBody;
  version: string | undefined;
  activeClaim: string | null;
  /** A claim shown elsewhere (pinned above the list), left out here. */
  exclude?: string | null;
  onHighlight: (claim: Claim | null) => void;
  /** Grid columns on wide screens. */
  wide?: boolean;
  /** Fetch the first page only when the list comes near the viewport. */
  lazy?: boolean;
  /** Claims a page. */
  limit?: number;
  /** Load the next page when the end of the list scrolls into view (else only on "Show more"). */
  autoLoad?: boolean;
  /** Words shown on top of some claims, by id ("Sets the colour · 24 Jun 2022"). */
  badges?: ReadonlyMap<string, string>;
  /** What to say when no claim matches. */
  empty?: string;
  /** A heading for the list (a ledger group), followed by how many claims it holds. */
  title?: string;
}

export function ClaimList({ slug, regionName, regionSlug, filter, firstPage, version, activeClaim, exclude, onHighlight, wide, lazy, limit = PANEL_PAGE_SIZE, autoLoad = true, badges, empty = 'No claims match.', title }: ClaimListProps) {
  const [anchor, seen] = useSeen<HTMLDivElement>();
  const wanted = !lazy || seen || Boolean(firstPage);
  const { data, error, size, setSize, mutate, isLoading } = useSWRInfinite<ClaimsPageBody>(
    (index, previous: ClaimsPageBody | null) =>
      !wanted ? null : index === 0 ? claimsUrl(slug, filter, null, limit) : previous?.nextCursor ? claimsUrl(slug, filter, previous.nextCursor, limit) : null,
    fetchJson,
    // keepPreviousData: a new date or filter keeps the claims shown until the new ones arrive.
    { fallbackData: firstPage ? [firstPage] : undefined, revalidateFirstPage: false, revalidateOnFocus: false, revalidateIfStale: !firstPage, keepPreviousData: true },
  );
  useRevalidateOn(version, mutate);

  const pages = data ?? [];
  const claims = pages.flatMap((p) => p.claims).filter((c) => c.id !== exclude);
  const documents = new Map<string, DocumentRef>(pages.flatMap((p) => p.documents).map((d) => [d.id, d]));
  const total = pages[0]?.total ?? 0;
  const hasMore = Boolean(pages[pages.length - 1]?.nextCursor);
  const loadingMore = size > pages.length && !error;

  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = end.current;
    if (!el || !autoLoad || !hasMore || loadingMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void setSize((s) => s + 1);
    }, { rootMargin: '200px 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [autoLoad, hasMore, loadingMore, setSize]);

  return (
    <div ref={anchor} className="space-y-2" data-testid="claim-list" data-total={total} aria-busy={isLoading}>
      {title && (
        <h4 className="text-sm font-bold text-slate-800">
          {title} {data && <span className="font-normal text-slate-600">({total})</span>}
        </h4>
      )}
      {isLoading && !data && <p role="status">Loading claims…</p>}
      {error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-2 text-sm">
          The claims could not be loaded: {(error as Error).message}{' '}
          <button type="button" className="min-h-11 font-semibold underline" onClick={() => mutate()}>
            Retry
          </button>
        </p>
      )}
      {data && total === 0 && <p className="rounded-md bg-slate-100 p-3 text-sm">{empty}</p>}
      <div className={`grid gap-2 transition-opacity ${isLoading && data ? 'opacity-60' : ''} ${wide && claims.length > 1 ? 'xl:grid-cols-2' : ''}`}>
        {claims.map((c) => (
          <ClaimCard
            key={c.id}
            claim={c}
            regionName={regionName}
            regionSlug={regionSlug}
            document={documents.get(c.quote.document)}
            active={c.id === activeClaim}
            badge={badges?.get(c.id)}
            onHighlight={onHighlight}
          />
        ))}
      </div>
      <div ref={end} aria-hidden className="h-px" />
      {hasMore && (
        <button
          type="button"
          onClick={() => setSize(size + 1)}
          disabled={loadingMore}
          className="min-h-11 w-full rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60"
        >
          {loadingMore ? 'Loading more claims…' : `Show more claims (${Math.max(0, total - pages.reduce((n, p) => n + p.claims.length, 0))} more)`}
        </button>
      )}
    </div>
  );
}
