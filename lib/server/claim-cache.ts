// The claims of each document, kept on disk by content: the key is a hash of exactly what the
// extractor reads (the document record, text included) and the extractor's version, so an
// unchanged file is never extracted twice, across restarts too, and a changed file or extractor
// never gets old claims. One small JSON file an entry, written atomically (temporary file, then
// rename), under .cache/claims/<extractor version>/ (git ignores .cache/; made on first use).
import 'server-only';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceDocument } from '@/lib/documents/types';

export interface ClaimCache {
  /** The claims stored under `key`, or null (absent, unreadable or not ours). */
  get(key: string): Promise<unknown[] | null>;
  put(key: string, claims: readonly unknown[]): Promise<void>;
  /** Removes other extractor versions, and entries of this one that `keep` lacks and are older than `olderThanMs`. */
  prune(keep: ReadonlySet<string>, olderThanMs: number): number;
  readonly dir: string;
}

/** The cache key of a document: what the extractor reads, and which extractor reads it. */
export function contentKey(doc: SourceDocument, extractorVersion: string): string {
  return createHash('sha256')
    .update(`${extractorVersion}\0`)
    .update(JSON.stringify([doc.id, doc.title, doc.publisher, doc.published, doc.url]))
    .update('\0')
    .update(doc.text)
    .digest('hex')
    .slice(0, 40);
}

export function diskClaimCache(root: string, extractorVersion: string): ClaimCache {
  const dir = path.join(root, extractorVersion);
  let made = false;
  const fileOf = (key: string) => path.join(dir, `${key}.json`);
  return {
    dir,
    async get(key) {
      try {
        const entry = JSON.parse(await readFile(fileOf(key), 'utf8')) as { key?: unknown; claims?: unknown };
        return entry.key === key && Array.isArray(entry.claims) ? entry.claims : null;
      } catch {
        return null;
      }
    },
    async put(key, claims) {
      const tmp = path.join(dir, `.${key}.${process.pid}.tmp`);
      try {
        if (!made) {
          mkdirSync(dir, { recursive: true });
          made = true;
        }
        await writeFile(tmp, JSON.stringify({ key, claims }));
        await rename(tmp, fileOf(key));
      } catch (err) {
        // A cache that cannot be written costs a re-extraction next start, never the server.
        await unlink(tmp).catch(() => undefined);
        console.warn(`seeds: could not write the claim cache in ${dir} (${(err as NodeJS.ErrnoException).code ?? err})`);
      }
    },
    prune(keep, olderThanMs) {
      let removed = 0;
      let versions: string[] = [];
      try {
        versions = readdirSync(root);
      } catch {
        return 0;
      }
      for (const v of versions) {
        if (v === extractorVersion) continue;
        rmSync(path.join(root, v), { recursive: true, force: true });
        removed++;
      }
      let entries: string[] = [];
      try {
        entries = readdirSync(dir);
      } catch {
        return removed;
      }
      const now = Date.now();
      for (const name of entries) {
        const key = name.replace(/\.json$/, '');
        if (keep.has(key)) continue;
        const file = path.join(dir, name);
        try {
          if (now - statSync(file).mtimeMs > olderThanMs) {
            rmSync(file, { force: true });
            removed++;
          }
        } catch {
          // Gone already.
        }
      }
      return removed;
    },
  };
}
