'use client';
// The source articles, newest first, a page at a time from /api/documents: each links to its
// text, with its publisher, date and how many claims it gave.
import useSWRInfinite from 'swr/infinite';
import type { DocumentsPageBody } from '@/lib/http/api-types';
import { documentByline } from '@/lib/presentation/document-byline';
import { documentPath } from '@/lib/urls/links';
import { viewUrl } from '@/lib/urls/view-url';
import { useRevalidateOn } from '@/components/app/data-version';
import { useView } from '@/components/app/view-context';
import { viewLinkProps } from '@/components/app/view-link';
import { useSeen } from '@/components/app/use-seen';
import { fetchJson } from '@/components/app/fetch-json';
import { documentsUrl } from '@/components/claims/claims-url';

export function DocumentList({ version }: { version: string | undefined }) {
  // Each article's "Back to the map" returns to this view: the day and the map's position.
  const { asOf } = useView();
  // At the bottom of the panel: fetched when the reader scrolls near it.
  const [anchor, seen] = useSeen<HTMLDivElement>();
  const { data, error, size, setSize, mutate } = useSWRInfinite<DocumentsPageBody>(
    (index, previous: DocumentsPageBody | null) =>
      !seen ? null : index === 0 ? documentsUrl(null) : previous?.nextCursor ? documentsUrl(previous.nextCursor) : null,
    fetchJson,
    { revalidateFirstPage: false, revalidateOnFocus: false },
  );
  useRevalidateOn(version, mutate);
  const pages = data ?? [];
  const documents = pages.flatMap((p) => p.documents);
  const hasMore = Boolean(pages[pages.length - 1]?.nextCursor);
  const loadingMore = size > pages.length && !error;
  if (error) return <p role="alert">The list of articles could not be loaded: {(error as Error).message}</p>;
  if (!data) return <div ref={anchor}>{seen && <p role="status">Loading the list of articles…</p>}</div>;
  return (
    <div data-testid="document-list">
      <ul className="list-disc space-y-1 pl-5">
        {documents.map((d) => (
          <li key={d.id}>
            <a className="text-blue-800 underline" {...viewLinkProps((hash) => documentPath(d.id, viewUrl({ slug: null, claim: null, asOf }, hash)))}>
              {d.title}
            </a>
            {` — ${documentByline(d)}`}
            <span className="text-slate-600">{` · ${d.claims} ${d.claims === 1 ? 'claim' : 'claims'}`}</span>
          </li>
        ))}
      </ul>
      {hasMore && (
        <button
          type="button"
          onClick={() => setSize(size + 1)}
          disabled={loadingMore}
          className="mt-2 min-h-11 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60"
        >
          {loadingMore ? 'Loading…' : `Show more articles (${pages[0].total - documents.length} more)`}
        </button>
      )}
    </div>
  );
}
