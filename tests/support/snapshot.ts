// A snapshot of the fixture seeds built in-process (no server), for unit tests of what the
// server derives from the articles.
import path from 'node:path';
import { extractClaims } from '@/lib/claims/extract';
import { readBoundaries } from '@/lib/geo/boundaries';
import type { ClaimCache } from '@/lib/server/claim-cache';
import { loadCorpus } from '@/lib/server/corpus';
import { buildSnapshot, type Snapshot } from '@/lib/server/snapshot';

export const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURE_SEEDS = path.join(ROOT, 'tests', 'fixtures', 'seeds');

/** A claim cache in memory that counts what it was asked. */
export function memoryCache(): ClaimCache & { hits: number; misses: number } {
  const entries = new Map<string, unknown[]>();
  const cache = {
    dir: '(memory)',
    hits: 0,
    misses: 0,
    async get(key: string) {
      const hit = entries.get(key) ?? null;
      if (hit) cache.hits++;
      else cache.misses++;
      return hit;
    },
    async put(key: string, claims: readonly unknown[]) {
      entries.set(key, [...claims]);
    },
    prune: () => 0,
  };
  return cache;
}

export async function fixtureSnapshot(seedsDir = FIXTURE_SEEDS): Promise<Snapshot> {
  const load = await loadCorpus(seedsDir, { cache: memoryCache(), extractorVersion: 'test', extractor: async () => extractClaims });
  return buildSnapshot(load, readBoundaries(path.join(ROOT, 'data', 'boundaries')), 'test');
}
