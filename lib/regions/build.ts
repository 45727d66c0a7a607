// Joins the boundaries with the claims extracted from the source documents: one Feature per
// oblast carrying its claims, the documents they quote, and the status derived from them.
import type { Feature, FeatureCollection } from 'geojson';
import type { Claim, SourceDocument } from '@/lib/claims/types';
import type { RegionBoundary } from '@/lib/geo/boundaries';
import type { Polygonal } from '@/lib/geo/round';
import { deriveStatus, type RegionStatus } from './status';

/** What the API says about a source document beside a claim (its text is at /api/documents/{id}). */
export interface DocumentRef {
  id: string;
  title: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
}

export interface RegionProperties {
  iso: string;
  slug: string;
  name: string;
  areaKm2: number;
  /** [lon, lat] inside the largest part, where the map writes the name. */
  label: [number, number];
  status: RegionStatus;
  claims: Claim[];
  documents: DocumentRef[];
}

export type RegionFeature = Feature<Polygonal, RegionProperties>;

/** The four regions, plus claims about Ukraine as a whole (region null) as a foreign member. */
export type RegionCollection = FeatureCollection<Polygonal, RegionProperties> & {
  nationwide: { claims: Claim[]; documents: DocumentRef[] };
};

export function documentRef(d: SourceDocument): DocumentRef {
  return { id: d.id, title: d.title, publisher: d.publisher, published: d.published, url: d.url };
}

function refsFor(claims: readonly Claim[], documents: ReadonlyMap<string, SourceDocument>): DocumentRef[] {
  const ids = [...new Set(claims.map((c) => c.quote.document))].sort();
  return ids.flatMap((id) => {
    const d = documents.get(id);
    return d ? [documentRef(d)] : [];
  });
}

export function buildRegionCollection(
  boundaries: readonly RegionBoundary[],
  claims: readonly Claim[],
  documents: ReadonlyMap<string, SourceDocument>,
): RegionCollection {
  const features = boundaries.map((b): RegionFeature => {
    const own = claims.filter((c) => c.region === b.properties.iso);
    return {
      type: 'Feature',
      properties: {
        ...b.properties,
        status: deriveStatus(b.properties.name, own, documents),
        claims: own,
        documents: refsFor(own, documents),
      },
      geometry: b.geometry,
    };
  });
  const nationwide = claims.filter((c) => c.region === null);
  return { type: 'FeatureCollection', features, nationwide: { claims: nationwide, documents: refsFor(nationwide, documents) } };
}
