// One immutable view of the data: the documents and claims of one load of the seeds, indexed
// the ways the API reads them. A request takes the current snapshot once and reads only that,
// so it sees the old data or the new, never a mix; a reload builds a new one and swaps it in.
import 'server-only';
import { createHash } from 'node:crypto';
import type { Claim } from '@/lib/claims/types';
import type { Boundaries } from '@/lib/geo/boundaries';
import { claimDate, newestFirst, type DatedClaim } from '@/lib/listing/claims';
import { documentsNewestFirst, type SortedDocument } from '@/lib/listing/documents';
import { OBLASTS } from '@/lib/oblasts';
import { corpusCredits } from '@/lib/presentation/credits';
import type { CorpusInfo } from '@/lib/presentation/region-view';
import { statusContext, summariseNationwide, summariseRegion, type NationwideSummary, type RegionSummary } from '@/lib/regions/summary';
import { timelineOf, type Timeline } from '@/lib/listing/timeline';
import { speakerSide, type Side } from '@/lib/listing/sides';
import type { CorpusLoad, LoadedDocument } from './corpus';

/** The claims route's name for claims about Ukraine as a whole. */
export const NATIONWIDE = 'ukraine';

export interface Snapshot {
  /** Changes exactly when a document's content or metadata, or the set of documents, changes. */
  version: string;
  /** The extractor version the claims were made with (content keys include it). */
  extractorVersion: string;
  load: CorpusLoad;
  documents: ReadonlyMap<string, LoadedDocument>;
  documentList: readonly SortedDocument[];
  claimsById: ReadonlyMap<string, Claim>;
  /** Each region's claims (by slug, and NATIONWIDE), newest first. */
  regionClaims: ReadonlyMap<string, readonly DatedClaim[]>;
  /** The four regions' summaries as of a day (null: the present). */
  summaries(asOf: string | null): readonly RegionSummary[];
  nationwide(asOf: string | null): NationwideSummary;
  /** The side that says a claim (its attribution, else its document's publisher). */
  speakerOf(claim: Claim): Side;
  /** The days documents and claims exist, for the time control. */
  timeline: Timeline;
  corpus: CorpusInfo;
  boundaries: Boundaries;
  /**
   * A value derived from this snapshot (an encoded body, a rendered card), made once and dropped
   * with it. Keys that name a past date (`asOf`) are kept in a bounded set, the least recently
   * used dropped first: a client stepping through every day cannot grow the memory without limit.
   */
  memo<T>(key: string, make: () => T, asOf?: string | null): T;
}

/** How many dated values (bodies, cards per date) a snapshot keeps. */
export const DATED_MEMO_LIMIT = 256;

export function buildSnapshot(load: CorpusLoad, boundaries: Boundaries, extractorVersion: string): Snapshot {
  const documents = new Map(load.documents.map((d) => [d.id, d]));
  const publishedOf = (id: string) => documents.get(id)?.ref.published ?? null;
  const all = load.documents.flatMap((d) => d.claims);
  const claimsById = new Map(all.map((c) => [c.id, c]));
  const sorted = newestFirst(all, publishedOf);
  const regionClaims = new Map<string, DatedClaim[]>([[NATIONWIDE, []], ...OBLASTS.map((o) => [o.slug, []] as [string, DatedClaim[]])]);
  const slugOf = new Map<string | null, string>([[null, NATIONWIDE], ...OBLASTS.map((o) => [o.iso, o.slug] as [string, string])]);
  for (const c of sorted) regionClaims.get(slugOf.get(c.claim.region) ?? NATIONWIDE)!.push(c);

  const publisherOf = (id: string) => documents.get(id)?.ref.publisher ?? null;
  const hash = createHash('sha256');
  for (const d of [...load.documents].sort((a, b) => (a.id < b.id ? -1 : 1))) hash.update(`${d.id}\0${d.key}\0`);
  const version = hash.digest('hex').slice(0, 12);
  const memos = new Map<string, unknown>();
  const dated = new Map<string, unknown>();
  function memo<T>(key: string, make: () => T, asOf: string | null = null): T {
    if (asOf === null) {
      if (!memos.has(key)) memos.set(key, make());
      return memos.get(key) as T;
    }
    const full = `${asOf}|${key}`;
    if (dated.has(full)) {
      const value = dated.get(full) as T;
      dated.delete(full);
      dated.set(full, value);
      return value;
    }
    const value = make();
    dated.set(full, value);
    if (dated.size > DATED_MEMO_LIMIT) dated.delete(dated.keys().next().value!);
    return value;
  }
  return {
    version,
    extractorVersion,
    load,
    documents,
    documentList: documentsNewestFirst(load.documents.map((d) => ({ ...d.ref, claims: d.claims.length }))),
    claimsById,
    regionClaims,
    summaries: (asOf) =>
      memo('summaries', () => {
        const ctx = statusContext(asOf, publishedOf, publisherOf);
        return boundaries.regions.low.map((b) => summariseRegion(b.properties, regionClaims.get(b.properties.slug) ?? [], ctx));
      }, asOf),
    nationwide: (asOf) => memo('nationwide', () => summariseNationwide(regionClaims.get(NATIONWIDE)!, asOf), asOf),
    speakerOf: (claim) => speakerSide(claim.attribution, publisherOf(claim.quote.document)),
    timeline: timelineOf(load.documents.map((d) => ({ published: d.ref.published, claims: d.claims.map((c) => claimDate(c, publishedOf)) }))),
    corpus: {
      version,
      documents: load.documents.length,
      claims: all.length,
      skipped: load.skipped.length,
      credits: corpusCredits(load.documents.map((d) => d.ref.publisher)),
    },
    boundaries,
    memo,
  };
}
