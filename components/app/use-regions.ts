'use client';
// The four regions from /api/regions through SWR, starting from what the page embedded, and
// fetched again whenever the server says the data changed (new, changed or removed articles).
import useSWR from 'swr';
import type { RegionCollection } from '@/lib/presentation/region-view';
import { useDataVersion, useRevalidateOn } from './data-version';
import { fetchJson } from './fetch-json';

export const REGIONS_URL = '/api/regions?detail=medium';

export interface Regions {
  data: RegionCollection | undefined;
  error: Error | undefined;
  isLoading: boolean;
  retry: () => void;
  /** The data version the page shows: lists key their revalidation on it. */
  version: string | undefined;
}

export function useRegions(fallback: RegionCollection | undefined): Regions {
  const { data, error, isLoading, mutate } = useSWR<RegionCollection>(REGIONS_URL, fetchJson, {
    fallbackData: fallback,
    revalidateOnFocus: false,
  });
  const version = useDataVersion(fallback?.corpus.version);
  useRevalidateOn(version, mutate);
  return { data, error: error as Error | undefined, isLoading, retry: () => void mutate(), version };
}
