// The API's response bodies for one snapshot, serialised once (on first request) and kept with
// the snapshot, so a swap drops them with the old data and every ETag follows the content.
import type { DetailLevel } from '@/lib/geo/detail';
import type { OblastSlug } from '@/lib/oblasts';
import { regionCollection, type RegionCollection } from '@/lib/presentation/region-view';
import type { Snapshot } from '@/lib/server/snapshot';
import { encode, type Encoded } from './response';

const GEOJSON = 'application/geo+json; charset=utf-8';

/** The four regions at one detail level as of a day (null: the present), as the API serves them and pages embed them. */
export function collectionOf(snapshot: Snapshot, level: DetailLevel, asOf: string | null = null): RegionCollection {
  return snapshot.memo(
    `collection:${level}`,
    () =>
      regionCollection(snapshot.summaries(asOf), snapshot.boundaries.regions[level], snapshot.nationwide(asOf), (id) => snapshot.documents.get(id)?.ref, snapshot.corpus, asOf),
    asOf,
  );
}

export function collectionBody(snapshot: Snapshot, level: DetailLevel, asOf: string | null = null): Encoded {
  return snapshot.memo(`collection-body:${level}`, () => encode(collectionOf(snapshot, level, asOf), GEOJSON), asOf);
}

export function featureBody(snapshot: Snapshot, level: DetailLevel, slug: OblastSlug, asOf: string | null = null): Encoded {
  return snapshot.memo(
    `feature-body:${level}:${slug}`,
    () => {
      const feature = collectionOf(snapshot, level, asOf).features.find((f) => f.properties.slug === slug);
      if (!feature) throw new Error(`no region ${slug}`);
      return encode(feature, GEOJSON);
    },
    asOf,
  );
}

/** The days the corpus speaks on, for the time control. */
export function timelineBody(snapshot: Snapshot): Encoded {
  return snapshot.memo('timeline-body', () => encode({ ...snapshot.timeline, version: snapshot.version }));
}

/** The basemap does not depend on the articles: encoded once a process. */
const holder = globalThis as typeof globalThis & { __claimsContextBody?: Encoded };
export function contextBody(snapshot: Snapshot): Encoded {
  holder.__claimsContextBody ??= encode(snapshot.boundaries.context, GEOJSON);
  return holder.__claimsContextBody;
}
