'use client';
// What the reader has open, kept in the URL: the path is the selected region (/regions/{slug}; /
// selects none) and ?claim= the claim a link points at. Selecting pushes a history entry without
// a reload, so Back and Forward step through what the reader opened.
import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { OBLAST_SLUGS } from '@/lib/oblasts';

/** The selected region is the path: /regions/{slug}; / selects none. */
export function slugFromPath(pathname: string | null): string | null {
  const m = /^\/regions\/([^/]+)$/.exec(pathname ?? '');
  return m && (OBLAST_SLUGS as readonly string[]).includes(m[1]) ? m[1] : null;
}

export interface Selection {
  selected: string | null;
  /** The claim id ?claim= names (unchecked: the linked-claim lookup decides whether it is real). */
  activeClaim: string | null;
  select: (slug: string | null, claim?: string | null) => void;
}

export function useSelection(): Selection {
  const pathname = usePathname();
  const selected = slugFromPath(pathname);
  const [activeClaim, setActiveClaim] = useState<string | null>(null);

  // Read from location (not useSearchParams) so region pages still render on the server without a
  // Suspense boundary; read again on Back/Forward.
  useEffect(() => {
    const read = () => setActiveClaim(new URLSearchParams(window.location.search).get('claim'));
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [pathname]);

  const select = useCallback((slug: string | null, claim: string | null = null) => {
    setActiveClaim(claim);
    const path = slug ? `/regions/${slug}` : '/';
    const url = `${path}${claim ? `?claim=${encodeURIComponent(claim)}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.pushState(null, '', url);
  }, []);

  return { selected, activeClaim, select };
}
