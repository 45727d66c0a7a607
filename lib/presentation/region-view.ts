// The regions as readers and API clients get them: each region's summary (lib/regions) with its
// outline at one detail level, its status put into words, and the documents its key claims quote.
// GeoJSON, so any map tool reads it; the claims beyond the key ones are paged at
// /api/regions/{slug}/claims.
import type { Feature, FeatureCollection } from 'geojson';
import type { Claim } from '@/lib/claims/types';
import type { DocumentRef } from '@/lib/documents/types';
import type { RegionBoundary } from '@/lib/geo/boundaries';
import type { Polygonal } from '@/lib/geo/round';
import type { ClaimCounts } from '@/lib/listing/claims';
import type { RegionStatus } from '@/lib/regions/status';
import type { NationwideSummary, PlaceSummary, RegionSummary } from '@/lib/regions/summary';
import { statusSentence } from './sentences';

export interface StatusView extends RegionStatus {
  /** One sentence that says who reported what, never stating a claim as fact. */
  sentence: string;
}

export interface RegionProperties {
  iso: string;
  slug: string;
  name: string;
  areaKm2: number;
  /** [lon, lat] inside the largest part, where the map writes the name. */
  label: [number, number];
  status: StatusView;
  counts: ClaimCounts;
  keyClaims: Claim[];
  places: PlaceSummary[];
  /** The documents the key claims quote. */
  documents: DocumentRef[];
}

export type RegionFeature = Feature<Polygonal, RegionProperties>;

/** What the data is: its version (changes whenever an article is added, changed or removed), size and credits. */
export interface CorpusInfo {
  version: string;
  documents: number;
  claims: number;
  skipped: number;
  /** Attribution lines the loaded articles' licences require. */
  credits: string[];
}

/** The four regions, plus claims about Ukraine as a whole (region null) and the corpus, as foreign members. */
export type RegionCollection = FeatureCollection<Polygonal, RegionProperties> & {
  /** The day the statuses are as of (YYYY-MM-DD); null: the present. */
  asOf: string | null;
  nationwide: { counts: ClaimCounts; keyClaims: Claim[]; documents: DocumentRef[] };
  corpus: CorpusInfo;
};

export type DocumentLookup = (id: string) => DocumentRef | undefined;

function refsFor(claims: readonly Claim[], lookup: DocumentLookup): DocumentRef[] {
  return [...new Set(claims.map((c) => c.quote.document))].sort().flatMap((id) => lookup(id) ?? []);
}

export function regionFeature(summary: RegionSummary, boundary: RegionBoundary, lookup: DocumentLookup): RegionFeature {
  return {
    type: 'Feature',
    properties: {
      iso: summary.iso,
      slug: summary.slug,
      name: summary.name,
      areaKm2: summary.areaKm2,
      label: summary.label,
      status: { ...summary.status, sentence: statusSentence(summary.name, summary.status) },
      counts: summary.counts,
      keyClaims: summary.keyClaims,
      places: summary.places,
      documents: refsFor(summary.keyClaims, lookup),
    },
    geometry: boundary.geometry,
  };
}

export function regionCollection(
  summaries: readonly RegionSummary[],
  boundaries: readonly RegionBoundary[],
  nationwide: NationwideSummary,
  lookup: DocumentLookup,
  corpus: CorpusInfo,
  asOf: string | null = null,
): RegionCollection {
  const features = summaries.map((s) => {
    const boundary = boundaries.find((b) => b.properties.iso === s.iso);
    if (!boundary) throw new Error(`no boundary for ${s.iso}`);
    return regionFeature(s, boundary, lookup);
  });
  return {
    type: 'FeatureCollection',
    asOf,
    features,
    nationwide: { counts: nationwide.counts, keyClaims: nationwide.keyClaims, documents: refsFor(nationwide.keyClaims, lookup) },
    corpus,
  };
}

/**
 * The collection as the home page embeds it: what its region list and legend draw (status,
 * counts, places, outlines), without the key claims and the documents they quote, which only a
 * region's panel shows and which arrive with the map's outlines a moment later. Keeps the home
 * page's HTML small.
 */
export function firstViewCollection(c: RegionCollection): RegionCollection {
  return {
    ...c,
    features: c.features.map((f) => ({ ...f, properties: { ...f.properties, keyClaims: [], documents: [] } })),
    nationwide: { ...c.nationwide, keyClaims: [], documents: [] },
  };
}
