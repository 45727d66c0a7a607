'use client';
// A region's claims, newest first, a page at a time from /api/regions/{slug}/claims: the next page
// loads when the end of the list scrolls into view (or on "Show more"), and every loaded page is
// fetched again when the data changes.
import { useEffect, useRef } from 'react';
import useSWRInfinite from 'swr/infinite';
import type { Claim } from '@/lib/claims/types';
import type { DocumentRef } from '@/lib/documents/types';
import type { ClaimsPageBody } from '@/lib/http/api-types';
import { useRevalidateOn } from '@/components/app/data-version';
import { useSeen } from '@/components/app/use-seen';
import { fetchJson } from '@/components/app/fetch-json';
import { ClaimCard } from './claim-card';
import { claimsUrl, type ClaimsFilter } from './claims-url';

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
}

export function ClaimList({ slug, regionName, regionSlug, filter, firstPage, version, activeClaim, exclude, onHighlight, wide, lazy }: ClaimListProps) {
  const [anchor, seen] = useSeen<HTMLDivElement>();
  const wanted = !lazy || seen || Boolean(firstPage);
  const { data, error, size, setSize, mutate, isLoading } = useSWRInfinite<ClaimsPageBody>(
    (index, previous: ClaimsPageBody | null) =>
      !wanted ? null : index === 0 ? claimsUrl(slug, filter, null) : previous?.nextCursor ? claimsUrl(slug, filter, previous.nextCursor) : null,
    fetchJson,
    { fallbackData: firstPage ? [firstPage] : undefined, revalidateFirstPage: false, revalidateOnFocus: false, revalidateIfStale: !firstPage },
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
    if (!el || !hasMore || loadingMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void setSize((s) => s + 1);
    }, { rootMargin: '200px 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasMore, loadingMore, setSize]);

  return (
    <div ref={anchor} className="space-y-2" data-testid="claim-list" data-total={total}>
      {isLoading && !data && <p role="status">Loading claims…</p>}
      {error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-2 text-sm">
          The claims could not be loaded: {(error as Error).message}{' '}
          <button type="button" className="min-h-11 font-semibold underline" onClick={() => mutate()}>
            Retry
          </button>
        </p>
      )}
      {data && total === 0 && <p className="rounded-md bg-slate-100 p-3 text-sm">No claims match.</p>}
      <div className={`grid gap-2 ${wide && claims.length > 1 ? 'xl:grid-cols-2' : ''}`}>
        {claims.map((c) => (
          <ClaimCard
            key={c.id}
            claim={c}
            regionName={regionName}
            regionSlug={regionSlug}
            document={documents.get(c.quote.document)}
            active={c.id === activeClaim}
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
