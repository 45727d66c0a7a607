'use client';
// What the reader has open, kept in the URL (lib/urls/view-url.ts): the path is the selected region
// (/regions/{slug}; / selects none), ?claim= the claim a link points at, ?asOf= the date the map is
// shown as of. Opening a region or a claim pushes a history entry without a reload, so Back and
// Forward step through what the reader opened; moving through time replaces the entry (debounced),
// so scrubbing does not fill the history.
import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { OBLAST_SLUGS } from '@/lib/oblasts';
import { viewUrl } from '@/lib/urls/view-url';
import { todayUtc } from '@/lib/documents/calendar-date';
import { parseAsOf } from '@/lib/http/params';

/** The selected region is the path: /regions/{slug}; / selects none. */
export function slugFromPath(pathname: string | null): string | null {
  const m = /^\/regions\/([^/]+)$/.exec(pathname ?? '');
  return m && (OBLAST_SLUGS as readonly string[]).includes(m[1]) ? m[1] : null;
}

export { todayUtc };

/** ?asOf= as the server's pages read it (app/page-params.ts): a real day before today, else the present. */
function asOfFromSearch(search: string): string | null {
  const parsed = parseAsOf(new URLSearchParams(search));
  return parsed.ok ? parsed.value : null;
}

const AS_OF_URL_DELAY_MS = 250;

export interface Selection {
  selected: string | null;
  /** The claim id ?claim= names (unchecked: the linked-claim lookup decides whether it is real). */
  activeClaim: string | null;
  /** The day the map is shown as of; null: the present. */
  asOf: string | null;
  select: (slug: string | null, claim?: string | null) => void;
  setAsOf: (asOf: string | null) => void;
  /** Writes the current state into the URL now, with this claim, before the page is left (e.g. "Read in context"), so Back returns to it. */
  remember: (claim: string | null) => void;
}

export function useSelection(initialAsOf: string | null): Selection {
  const pathname = usePathname();
  const selected = slugFromPath(pathname);
  const [activeClaim, setActiveClaim] = useState<string | null>(null);
  const [asOf, setAsOfState] = useState<string | null>(initialAsOf);
  const asOfRef = useRef(asOf);
  const pendingUrl = useRef<number | null>(null);

  // Read from location (not useSearchParams) so region pages still render on the server without a
  // Suspense boundary; read again on Back/Forward. The day starts as the server read it.
  useEffect(() => {
    const readClaim = () => setActiveClaim(new URLSearchParams(window.location.search).get('claim'));
    const onPop = () => {
      readClaim();
      const fromUrl = asOfFromSearch(window.location.search);
      asOfRef.current = fromUrl;
      setAsOfState(fromUrl);
    };
    readClaim();
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [pathname]);

  const current = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;

  const select = useCallback((slug: string | null, claim: string | null = null) => {
    setActiveClaim(claim);
    const url = viewUrl({ slug, claim, asOf: asOfRef.current }, window.location.hash);
    if (url !== current()) window.history.pushState(null, '', url);
  }, []);

  const writeAsOf = useCallback(() => {
    pendingUrl.current = null;
    const search = new URLSearchParams(window.location.search);
    const url = viewUrl({ slug: slugFromPath(window.location.pathname), claim: search.get('claim'), asOf: asOfRef.current }, window.location.hash);
    if (url !== current()) window.history.replaceState(window.history.state, '', url);
  }, []);

  const setAsOf = useCallback(
    (next: string | null) => {
      asOfRef.current = next;
      setAsOfState(next);
      if (pendingUrl.current !== null) window.clearTimeout(pendingUrl.current);
      pendingUrl.current = window.setTimeout(writeAsOf, AS_OF_URL_DELAY_MS);
    },
    [writeAsOf],
  );

  const remember = useCallback((claim: string | null) => {
    if (pendingUrl.current !== null) window.clearTimeout(pendingUrl.current);
    pendingUrl.current = null;
    const url = viewUrl({ slug: slugFromPath(window.location.pathname), claim, asOf: asOfRef.current }, window.location.hash);
    if (url !== current()) window.history.replaceState(window.history.state, '', url);
  }, []);

  useEffect(() => () => {
    if (pendingUrl.current !== null) window.clearTimeout(pendingUrl.current);
  }, []);

  return { selected, activeClaim, asOf, select, setAsOf, remember };
}
