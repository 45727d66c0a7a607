'use client';
// The days the articles were published and claims made (/api/timeline), for the time control's
// scale and ticks; fetched again when the data changes.
import useSWR from 'swr';
import type { Timeline } from '@/lib/listing/timeline';
import { useRevalidateOn } from './data-version';
import { fetchJson } from './fetch-json';

export function useTimeline(version: string | undefined): Timeline | undefined {
  const { data, mutate } = useSWR<Timeline>('/api/timeline', fetchJson, { revalidateOnFocus: false });
  useRevalidateOn(version, mutate);
  return data;
}
