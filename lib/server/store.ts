// The server's data: the current snapshot of the seeds (see snapshot.ts), loaded before the
// first request (instrumentation.ts calls startCorpus) and swapped for a new one when the seeds
// folder changes. Only changed files are read again and only new content is extracted (see
// corpus.ts); the swap is one assignment, so a request that took the old snapshot finishes on it.
import 'server-only';
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { readBoundaries, type Boundaries } from '@/lib/geo/boundaries';
import { diskClaimCache, type ClaimCache } from './claim-cache';
import { loadCorpus, type CorpusLoad, type Extract } from './corpus';
import { extractorVersion, type ExtractorVersion } from './extractor-version';
import { buildSnapshot, type Snapshot } from './snapshot';

export interface StoreConfig {
  root: string;
  seedsDir: string;
  cacheDir: string;
}

interface StoreState {
  config: StoreConfig;
  snapshot?: Snapshot;
  loading?: Promise<Snapshot>;
  reloading?: Promise<void>;
  reloadAgain: boolean;
  listeners: Set<(snapshot: Snapshot) => void>;
  watcher?: FSWatcher;
  timer?: NodeJS.Timeout;
  boundaries?: Boundaries;
  cache?: ClaimCache;
  extractor?: ExtractorVersion;
}

/** From the working directory: seeds/ (or CLAIMS_SEEDS_DIR) and .cache/claims/ (or CLAIMS_CACHE_DIR). */
export function configFromEnv(root = process.cwd()): StoreConfig {
  return {
    root,
    seedsDir: process.env.CLAIMS_SEEDS_DIR ? path.resolve(process.env.CLAIMS_SEEDS_DIR) : path.join(root, 'seeds'),
    cacheDir: process.env.CLAIMS_CACHE_DIR ? path.resolve(process.env.CLAIMS_CACHE_DIR) : path.join(root, '.cache', 'claims'),
  };
}

// Next bundles each route separately (and instrumentation.ts on its own), so module state would
// exist once per bundle; the store lives on globalThis to be one per process.
const holder = globalThis as typeof globalThis & { __claimsStore?: StoreState };

function state(): StoreState {
  holder.__claimsStore ??= { config: configFromEnv(), reloadAgain: false, listeners: new Set() };
  return holder.__claimsStore;
}

const loadExtractor = async (): Promise<Extract> => (await import('@/lib/claims/extract')).extractClaims;

function log(line: string): void {
  console.log(`seeds: ${line}`);
}

function shortPath(root: string, dir: string): string {
  const rel = path.relative(root, dir);
  return rel && !rel.startsWith('..') ? `${rel}/` : dir;
}

function summary(s: Snapshot): string {
  return `${s.corpus.documents} articles, ${s.corpus.claims} claims, ${s.corpus.skipped} skipped`;
}

async function load(previous?: CorpusLoad): Promise<Snapshot> {
  const st = state();
  st.extractor ??= extractorVersion(st.config.root);
  st.cache ??= diskClaimCache(st.config.cacheDir, st.extractor.version);
  st.boundaries ??= readBoundaries(path.join(st.config.root, 'data', 'boundaries'));
  const corpus = await loadCorpus(st.config.seedsDir, { cache: st.cache, extractorVersion: st.extractor.version, extractor: loadExtractor, previous });
  return buildSnapshot(corpus, st.boundaries, st.extractor.version);
}

async function initialLoad(): Promise<Snapshot> {
  const st = state();
  const snapshot = await load();
  const { stats } = snapshot.load;
  log(`${summary(snapshot)}`);
  log(
    `read ${shortPath(st.config.root, st.config.seedsDir)} in ${(stats.ms / 1000).toFixed(1)} s: ${stats.extracted} extracted${stats.extracted ? ` (loading the extractor took ${stats.extractorMs} ms)` : ''}, ${stats.cached} from the claim cache (extractor version ${st.extractor!.version}, from its ${st.extractor!.basis})`,
  );
  for (const s of snapshot.load.skipped) log(`skipped ${s.message}`);
  for (const d of snapshot.load.documents) for (const w of d.warnings) log(`warning: ${w}`);
  st.snapshot = snapshot;
  // Entries no loaded document uses, a day old (another server may share the folder), and older extractor versions.
  st.cache!.prune(new Set(snapshot.load.documents.map((d) => d.key)), 24 * 3600 * 1000);
  return snapshot;
}

/** The current snapshot, if loaded. */
export function currentSnapshot(): Snapshot | undefined {
  return state().snapshot;
}

/** The current snapshot, loading the seeds first if nothing has yet (tests, `next dev`). */
export function getSnapshot(): Promise<Snapshot> {
  const st = state();
  if (st.snapshot) return Promise.resolve(st.snapshot);
  st.loading ??= initialLoad().catch((error: unknown) => {
    st.loading = undefined;
    throw error;
  });
  return st.loading;
}

/** Called with each new snapshot once it is in place. */
export function onSnapshot(listener: (snapshot: Snapshot) => void): () => void {
  const st = state();
  st.listeners.add(listener);
  return () => st.listeners.delete(listener);
}

function describeChange(before: Snapshot, after: Snapshot): string {
  const old = new Map(before.load.documents.map((d) => [d.file, d.key]));
  const now = new Map(after.load.documents.map((d) => [d.file, d.key]));
  let added = 0;
  let changed = 0;
  for (const [file, key] of now) {
    if (!old.has(file)) added++;
    else if (old.get(file) !== key) changed++;
  }
  const removed = [...old.keys()].filter((f) => !now.has(f)).length;
  return `${added} added, ${changed} changed, ${removed} removed`;
}

/** Reads the seeds again (changed files only) and swaps the new snapshot in. Calls made while one runs coalesce into one more. */
export async function reload(): Promise<void> {
  const st = state();
  if (st.reloading) {
    st.reloadAgain = true;
    return st.reloading;
  }
  st.reloading = (async () => {
    do {
      st.reloadAgain = false;
      const before = await getSnapshot();
      let next: Snapshot;
      try {
        next = await load(before.load);
      } catch (error) {
        console.error(`seeds: reload failed, still serving the previous data: ${(error as Error).message}`);
        return;
      }
      if (next.version === before.version && next.load.skipped.length === before.load.skipped.length) {
        // Same content (a touched file, a rewritten sidecar with the same values): take the new
        // stamps, but readers have nothing new to fetch.
        st.snapshot = next;
        continue;
      }
      st.snapshot = next;
      const { stats } = next.load;
      log(`reloaded in ${stats.ms} ms: ${describeChange(before, next)}, ${stats.extracted} extracted${stats.extractorMs ? ` (loading the extractor took ${stats.extractorMs} ms)` : ''}; now ${summary(next)}`);
      const oldSkipped = new Set(before.load.skipped.map((s) => `${s.file}|${s.stamp}`));
      for (const s of next.load.skipped) if (!oldSkipped.has(`${s.file}|${s.stamp}`)) log(`skipped ${s.message}`);
      for (const listener of st.listeners) {
        try {
          listener(next);
        } catch (error) {
          console.error('seeds: a snapshot listener failed:', error);
        }
      }
    } while (st.reloadAgain);
  })().finally(() => {
    st.reloading = undefined;
  });
  return st.reloading;
}

// Events for these are what can change the data: articles, sidecars, and folders (no extension).
function relevant(file: string | null): boolean {
  if (!file) return true;
  if (file.split(/[\\/]/).some((part) => part.startsWith('.'))) return false;
  const base = path.basename(file);
  return base.endsWith('.txt') || base.endsWith('.meta.json') || !base.includes('.');
}

const DEBOUNCE_MS = 150;
const RETRY_MS = 2000;

/** Watches the seeds folder (subfolders too) and reloads shortly after the last change. */
export function watchSeeds(): void {
  const st = state();
  if (st.watcher) return;
  const schedule = () => {
    clearTimeout(st.timer);
    st.timer = setTimeout(() => void reload(), DEBOUNCE_MS);
  };
  try {
    st.watcher = watch(st.config.seedsDir, { recursive: true, persistent: false }, (_event, file) => {
      if (relevant(file === null ? null : String(file))) schedule();
    });
    st.watcher.on('error', (error) => {
      console.warn(`seeds: watching ${st.config.seedsDir} stopped (${(error as NodeJS.ErrnoException).code ?? error}); retrying`);
      st.watcher?.close();
      st.watcher = undefined;
      schedule();
      setTimeout(watchSeeds, RETRY_MS).unref();
    });
  } catch {
    // The folder is missing: look again later, and serve what there is (nothing) meanwhile.
    setTimeout(() => {
      watchSeeds();
      if (st.watcher) schedule();
    }, RETRY_MS).unref();
  }
}

/** Loads the seeds (logging what was loaded) and, unless CLAIMS_WATCH=0, watches them for changes. */
export async function startCorpus(): Promise<Snapshot> {
  const snapshot = await getSnapshot();
  if (process.env.CLAIMS_WATCH !== '0') watchSeeds();
  return snapshot;
}
