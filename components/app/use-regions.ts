'use client';
// The four regions as of the chosen day, from /api/regions through SWR: starting from what the
// page embedded, keeping the previous day's data on screen while a new day loads (no flash), and
// fetched again whenever the server says the data changed (new, changed or removed articles).
import { useEffect } from 'react';
import useSWR, { preload, useSWRConfig } from 'swr';
import type { RegionCollection } from '@/lib/presentation/region-view';
import { neighbourDay } from '@/components/time/day-scale';
import { useDataVersion, useRevalidateOn } from './data-version';
import { regionsUrl } from './api-urls';
import { fetchJson } from './fetch-json';

export { regionsUrl };

export interface Regions {
  /** The regions shown: the chosen day's, or the previous day's while it loads. */
  data: RegionCollection | undefined;
  error: Error | undefined;
  isLoading: boolean;
  retry: () => void;
  /** The chosen day's data is still on its way. */
  pending: boolean;
  /** The regions came from the API (the map's outlines), not only from what the page embedded (low detail for the list). */
  fetched: boolean;
  /** The data version the page shows: lists key their revalidation on it. */
  version: string | undefined;
}

export function useRegions(fallback: RegionCollection | undefined, asOf: string | null): Regions {
  const initialAsOf = fallback?.asOf ?? null;
  const { data, error, isLoading, mutate } = useSWR<RegionCollection>(regionsUrl(asOf), fetchJson, {
    // The page's own (low-detail) regions stand in for its day only; another day keeps what is shown.
    fallbackData: asOf === initialAsOf ? fallback : undefined,
    keepPreviousData: true,
    revalidateOnFocus: false,
  });
  const version = useDataVersion(fallback?.corpus.version);
  useRevalidateOn(version, mutate);
  const pending = Boolean(data) && (data!.asOf ?? null) !== asOf;
  const fetched = data !== undefined && data !== fallback;
  return { data, error: error as Error | undefined, isLoading, retry: () => void mutate(), pending, fetched, version };
}

const PREFETCH_AFTER_MS = 400;

/**
 * Fetches the publication days either side of the one shown, once it has been shown a moment (not
 * at every day a drag passes), so stepping with Page Up / Page Down or the ‹ › buttons finds its
 * data already here.
 */
export function usePrefetchNeighbours(publicationDays: readonly string[] | undefined, asOf: string | null, settled: boolean): void {
  const { cache } = useSWRConfig();
  useEffect(() => {
    if (!publicationDays || !settled) return;
    const timer = window.setTimeout(() => {
      for (const day of [neighbourDay(publicationDays, asOf, 'previous'), neighbourDay(publicationDays, asOf, 'next')]) {
        if (day && cache.get(regionsUrl(day))?.data === undefined) void preload(regionsUrl(day), fetchJson);
      }
    }, PREFETCH_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [publicationDays, asOf, settled, cache]);
}
