// The extractor's version for the claim cache's key, computed once at server start from what
// the extractor's output depends on: its source files (lib/claims/, recursively, and the oblast
// list it imports), the gazetteer it reads (data/places.json) and the sentence splitter's package
// versions. No one has to remember to bump it: any edit there is a new version, so claims made by
// an older extractor are never served.
import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ExtractorVersion {
  /** 16 hex digits. */
  version: string;
  /** What it was computed from; `process` means nothing was found, so nothing is reused across restarts. */
  basis: 'sources' | 'build' | 'process';
}

const SOURCES = ['lib/claims', 'lib/oblasts.ts', 'data/places.json'];
// (The paths are listed for the build's file tracing in next.config.js; the reads below are marked
// so the bundler does not trace the whole project because of them.)
const PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model'];

function filesUnder(root: string, rel: string): string[] {
  const full = path.join(root, rel);
  const stat = statSync(/*turbopackIgnore: true*/ full);
  if (stat.isFile()) return [rel];
  return readdirSync(/*turbopackIgnore: true*/ full, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => filesUnder(root, path.join(rel, e.name)))
    .sort();
}

function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(/*turbopackIgnore: true*/ path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'missing';
  }
}

/**
 * From the sources under `root` when they are there (a checkout: `npm start` runs in it); else
 * from the Next.js build id (a deployment without sources: each build gets fresh claims); else a
 * random value, so the cache is used within this process only.
 */
export function extractorVersion(root = process.cwd()): ExtractorVersion {
  try {
    const hash = createHash('sha256');
    for (const rel of SOURCES.flatMap((s) => filesUnder(root, s))) {
      hash.update(`${rel.split(path.sep).join('/')}\0`);
      hash.update(readFileSync(path.join(/*turbopackIgnore: true*/ root, rel)));
      hash.update('\0');
    }
    for (const name of PACKAGES) hash.update(`${name}@${packageVersion(root, name)}\0`);
    return { version: hash.digest('hex').slice(0, 16), basis: 'sources' };
  } catch {
    // Fall through: the sources are not deployed here.
  }
  try {
    const buildId = readFileSync(/*turbopackIgnore: true*/ path.join(root, '.next', 'BUILD_ID'), 'utf8').trim();
    if (buildId) return { version: createHash('sha256').update(`build\0${buildId}`).digest('hex').slice(0, 16), basis: 'build' };
  } catch {
    // No build either.
  }
  return { version: createHash('sha256').update(randomUUID()).digest('hex').slice(0, 16), basis: 'process' };
}
