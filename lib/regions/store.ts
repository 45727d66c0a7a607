// The server's one read of its inputs: boundaries, seed documents and their claims are loaded
// and every response body is serialised once per process, not per request.
import path from 'node:path';
import type { Claim, SourceDocument } from '@/lib/claims/types';
import { readBoundaries } from '@/lib/geo/boundaries';
import { DETAIL_LEVELS, type DetailLevel } from '@/lib/geo/detail';
import { encode, type Encoded } from '@/lib/http/response';
import type { OblastSlug } from '@/lib/oblasts';
import { buildRegionCollection, type RegionCollection, type RegionFeature } from './build';
import { loadSources } from './sources';

const GEOJSON = 'application/geo+json; charset=utf-8';

export interface RegionStore {
  documents: ReadonlyMap<string, SourceDocument>;
  /** Seed files that could not be read, with why: reported, never fatal. */
  documentErrors: { file: string; message: string }[];
  claims: readonly Claim[];
  collections: Record<DetailLevel, RegionCollection>;
  encodedCollections: Record<DetailLevel, Encoded>;
  encodedFeatures: Record<DetailLevel, Record<OblastSlug, Encoded>>;
  encodedContext: Encoded;
  encodedDocuments: ReadonlyMap<string, Encoded>;
  feature(slug: OblastSlug, level?: DetailLevel): RegionFeature;
}

function createStore(root: string, seedsDir: string): RegionStore {
  const boundaries = readBoundaries(path.join(root, 'data', 'boundaries'));
  const { documents, errors, claims } = loadSources(seedsDir);
  for (const e of errors) console.warn(`seeds: skipped ${e.message}`);
  const byId = new Map(documents.map((d) => [d.id, d]));

  const collections = Object.fromEntries(
    DETAIL_LEVELS.map((level) => [level, buildRegionCollection(boundaries.regions[level], claims, byId)]),
  ) as Record<DetailLevel, RegionCollection>;
  const encodedCollections = Object.fromEntries(
    DETAIL_LEVELS.map((level) => [level, encode(collections[level], GEOJSON)]),
  ) as Record<DetailLevel, Encoded>;
  const encodedFeatures = Object.fromEntries(
    DETAIL_LEVELS.map((level) => [
      level,
      Object.fromEntries(collections[level].features.map((f) => [f.properties.slug, encode(f, GEOJSON)])),
    ]),
  ) as Record<DetailLevel, Record<OblastSlug, Encoded>>;

  return {
    documents: byId,
    documentErrors: errors,
    claims,
    collections,
    encodedCollections,
    encodedFeatures,
    encodedContext: encode(boundaries.context, GEOJSON),
    encodedDocuments: new Map(documents.map((d) => [d.id, encode(d)])),
    feature(slug, level = 'medium') {
      const f = collections[level].features.find((x) => x.properties.slug === slug);
      if (!f) throw new Error(`no region ${slug}`);
      return f;
    },
  };
}

// Next bundles each route and page separately, so a module-level variable would exist once per
// bundle; the store lives on globalThis to be built once per process.
const holder = globalThis as typeof globalThis & { __claimsRegionStore?: RegionStore };

/**
 * The process-wide store, built on first use from the working directory's data/ and seeds/
 * (CLAIMS_SEEDS_DIR points elsewhere, e.g. for tests that serve hostile documents).
 */
export function getRegionStore(): RegionStore {
  const root = process.cwd();
  holder.__claimsRegionStore ??= createStore(root, process.env.CLAIMS_SEEDS_DIR ? path.resolve(process.env.CLAIMS_SEEDS_DIR) : path.join(root, 'seeds'));
  return holder.__claimsRegionStore;
}
