// Reads the seeds folder into documents and claims, doing as little as it can: a file whose
// stamp (inode, size, mtime, and its sidecar's) is unchanged since the last load is not read
// again; a file that is read but whose content the claim cache knows is not extracted again.
// The extractor (and its sentence model, ~50 MB) is only loaded when a document really is new.
import 'server-only';
import type { Claim } from '@/lib/claims/types';
import { DocumentError, readArticle, scanSeeds, type SeedProblem } from '@/lib/documents';
import { documentRef, type DocumentRef, type SourceDocument } from '@/lib/documents/types';
import { contentKey, type ClaimCache } from './claim-cache';

export interface LoadedDocument {
  id: string;
  file: string;
  stamp: string;
  /** Content key: what the extractor read (see claim-cache.ts). */
  key: string;
  ref: DocumentRef;
  length: number;
  claims: Claim[];
  warnings: string[];
}

export interface SkippedFile extends SeedProblem {
  stamp: string;
}

export interface CorpusLoad {
  documents: LoadedDocument[];
  skipped: SkippedFile[];
  /** Files unchanged since the previous load, read, found in the cache, extracted; time taken (and loading the extractor). */
  stats: { unchanged: number; read: number; cached: number; extracted: number; ms: number; extractorMs: number };
}

export type Extract = (doc: SourceDocument) => Claim[];

export interface LoadOptions {
  cache: ClaimCache;
  extractorVersion: string;
  /** Loads the extractor when it is first needed. */
  extractor: () => Promise<Extract>;
  /** The previous load, to skip unchanged files. */
  previous?: CorpusLoad;
}

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function loadCorpus(seedsDir: string, options: LoadOptions): Promise<CorpusLoad> {
  const started = performance.now();
  const { files, problems } = scanSeeds(seedsDir);
  const before = new Map(options.previous?.documents.map((d) => [d.file, d]));
  const stats = { unchanged: 0, read: 0, cached: 0, extracted: 0, ms: 0, extractorMs: 0 };
  const documents: LoadedDocument[] = [];
  const skipped: SkippedFile[] = problems.map((p) => ({ ...p, stamp: '' }));
  let extract: Extract | undefined;
  for (const seed of files) {
    const known = before.get(seed.file);
    if (known && known.stamp === seed.stamp && known.id === seed.id) {
      documents.push(known);
      stats.unchanged++;
      continue;
    }
    let read;
    try {
      read = readArticle(seed.file);
    } catch (err) {
      if (!(err instanceof DocumentError)) throw err;
      skipped.push({ file: seed.file, message: err.message, stamp: seed.stamp });
      continue;
    }
    stats.read++;
    const doc = read.document;
    const key = contentKey(doc, options.extractorVersion);
    let claims = (await options.cache.get(key)) as Claim[] | null;
    if (claims) stats.cached++;
    else {
      if (!extract) {
        const t = performance.now();
        extract = await options.extractor();
        stats.extractorMs = Math.round(performance.now() - t);
      }
      claims = extract(doc);
      stats.extracted++;
      await options.cache.put(key, claims);
      // Extraction is the slow part: let requests in between documents (they see the old data).
      await yieldToRequests();
    }
    documents.push({ id: doc.id, file: seed.file, stamp: seed.stamp, key, ref: documentRef(doc), length: doc.length, claims, warnings: read.warnings });
  }
  stats.ms = Math.round(performance.now() - started);
  return { documents, skipped, stats };
}
