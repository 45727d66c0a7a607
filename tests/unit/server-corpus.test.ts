// Loading the seeds: an unchanged file is not read again, known content is not extracted again
// (across restarts, through the disk cache), and what the extractor returns is kept whole, extra
// fields included. The snapshot's version follows the content.
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractClaims } from '@/lib/claims/extract';
import type { Claim } from '@/lib/claims/types';
import type { SourceDocument } from '@/lib/documents/types';
import { readBoundaries } from '@/lib/geo/boundaries';
import { diskClaimCache } from '@/lib/server/claim-cache';
import { loadCorpus, type CorpusLoad, type Extract } from '@/lib/server/corpus';
import { buildSnapshot } from '@/lib/server/snapshot';
import { FIXTURE_SEEDS, ROOT, memoryCache } from '../support/snapshot';
import { testClaim } from '../support/claim';

const boundaries = readBoundaries(path.join(ROOT, 'data', 'boundaries'));

function fixtureCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'seeds-'));
  cpSync(FIXTURE_SEEDS, dir, { recursive: true });
  return dir;
}

/** The real extractor, counting the documents it is given and how often it is loaded. */
function countingExtractor() {
  const counts = { loads: 0, documents: [] as string[] };
  const extractor = async (): Promise<Extract> => {
    counts.loads++;
    return (doc: SourceDocument) => {
      counts.documents.push(doc.id);
      return extractClaims(doc);
    };
  };
  return { counts, extractor };
}

test('the first load extracts every article; a second with the same cache extracts none and loads no extractor', async () => {
  const seeds = fixtureCopy();
  const cache = memoryCache();
  const first = countingExtractor();
  const a = await loadCorpus(seeds, { cache, extractorVersion: 'v1', extractor: first.extractor });
  expect(first.counts.documents).toHaveLength(9);
  expect(a.stats).toEqual(expect.objectContaining({ read: 9, extracted: 9, cached: 0 }));
  const second = countingExtractor();
  const b = await loadCorpus(seeds, { cache, extractorVersion: 'v1', extractor: second.extractor });
  expect(second.counts).toEqual({ loads: 0, documents: [] });
  expect(b.stats).toEqual(expect.objectContaining({ extracted: 0, cached: 9 }));
  expect(b.documents.map((d) => d.claims)).toEqual(a.documents.map((d) => d.claims));
});

test('another extractor version misses the cache: claims of an older extractor are never served', async () => {
  const seeds = fixtureCopy();
  const cache = memoryCache();
  await loadCorpus(seeds, { cache, extractorVersion: 'v1', extractor: countingExtractor().extractor });
  const next = countingExtractor();
  await loadCorpus(seeds, { cache, extractorVersion: 'v2', extractor: next.extractor });
  expect(next.counts.documents).toHaveLength(9);
});

test('a reload reads only changed files and extracts only new content: added, changed, removed, renamed', async () => {
  const seeds = fixtureCopy();
  const cache = memoryCache();
  const base = await loadCorpus(seeds, { cache, extractorVersion: 'v1', extractor: countingExtractor().extractor });
  writeFileSync(path.join(seeds, 'new.txt'), 'Ukrainian forces recaptured Kherson, the general staff said.\n');
  writeFileSync(path.join(seeds, '000_dcd564552b84d477.meta.json'), JSON.stringify({ publisher: 'Example Wire', published: '2025-11-27' }));
  rmSync(path.join(seeds, 'official', '2021-10-25_president-ua_71241.txt'));
  for (const ext of ['.txt', '.meta.json']) renameSync(path.join(seeds, 'official', `2022-05-28_kremlin_68523${ext}`), path.join(seeds, `2022-05-28_kremlin_68523${ext}`));
  const run = countingExtractor();
  const next = await loadCorpus(seeds, { cache, extractorVersion: 'v1', extractor: run.extractor, previous: base });
  // The seed's sidecar changed its publisher and date, which the extractor reads; the moved file
  // is read again (new path) but its content is known.
  expect(run.counts.documents.sort()).toEqual(['000_dcd564552b84d477', 'new']);
  expect(next.stats).toEqual(expect.objectContaining({ unchanged: 6, read: 3, cached: 1, extracted: 2 }));
  expect(next.documents.map((d) => d.id).sort()).toEqual(
    [
      '000_dcd564552b84d477',
      '2021-12-03_kremlin_67269',
      '2022-01-22_president-ua_72501',
      '2022-03-17_president-ua_73613',
      '2022-04-01_president-ua_74009',
      '2022-05-20_example-wire_luhansk-moscow',
      '2022-05-21_example-wire_luhansk-kyiv',
      '2022-05-28_kremlin_68523',
      'new',
    ].sort(),
  );
  const seed = next.documents.find((d) => d.id === '000_dcd564552b84d477')!;
  expect(seed.ref).toEqual(expect.objectContaining({ publisher: 'Example Wire', published: '2025-11-27' }));
});

test('touching a file without changing it reads it again but extracts nothing, and keeps the version', async () => {
  const seeds = fixtureCopy();
  const cache = memoryCache();
  const base = await loadCorpus(seeds, { cache, extractorVersion: 'v1', extractor: countingExtractor().extractor });
  const file = path.join(seeds, '000_dcd564552b84d477.txt');
  utimesSync(file, new Date(), new Date(Date.now() + 5000));
  const run = countingExtractor();
  const next = await loadCorpus(seeds, { cache, extractorVersion: 'v1', extractor: run.extractor, previous: base });
  expect(run.counts.loads).toBe(0);
  expect(next.stats.read).toBe(1);
  expect(buildSnapshot(next, boundaries, 'v1').version).toBe(buildSnapshot(base, boundaries, 'v1').version);
});

test('bad files are skipped with the reason, a bad sidecar is a warning, and neither stops the load', async () => {
  const seeds = fixtureCopy();
  writeFileSync(path.join(seeds, 'empty.txt'), '');
  writeFileSync(path.join(seeds, 'feed.txt'), '<?xml version="1.0"?><rss/>');
  writeFileSync(path.join(seeds, 'official', '2022-01-22_president-ua_72501.meta.json'), '{"published": "January"}');
  const load = await loadCorpus(seeds, { cache: memoryCache(), extractorVersion: 'v1', extractor: countingExtractor().extractor });
  expect(load.skipped.map((s) => path.basename(s.file)).sort()).toEqual(['empty.txt', 'feed.txt']);
  const warned = load.documents.find((d) => d.id === '2022-01-22_president-ua_72501')!;
  expect(warned.ref.published).toBeNull();
  expect(warned.warnings[0]).toMatch(/2022-01-22_president-ua_72501\.txt: read without metadata, because its sidecar .*2022-01-22_president-ua_72501\.meta\.json: field "published"/);
});

test('claims pass through whole, with fields the extractor adds later (rule, confidence, date), and their own date orders them', async () => {
  const seeds = mkdtempSync(path.join(tmpdir(), 'seeds-'));
  writeFileSync(path.join(seeds, 'a.txt'), 'Text a.');
  writeFileSync(path.join(seeds, 'b.txt'), 'Text b.');
  const claim = (doc: string, date: string): Claim =>
    testClaim({ id: `c-${doc.padStart(16, '0')}`, attribution: { source: 'X', speaker: null, verb: 'said' }, quote: { document: doc, start: 0, end: 7, text: `Text ${doc}.` }, rule: 'control.test', date });
  const fake = async (): Promise<Extract> => (doc) => [claim(doc.id, doc.id === 'a' ? '2022-01-01' : '2022-06-01')];
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'cache-'));
  const load = await loadCorpus(seeds, { cache: diskClaimCache(cacheDir, 'v1'), extractorVersion: 'v1', extractor: fake });
  // Read back through the disk cache, as after a restart.
  const again = await loadCorpus(seeds, { cache: diskClaimCache(cacheDir, 'v1'), extractorVersion: 'v1', extractor: countingExtractor().extractor });
  expect(again.documents.flatMap((d) => d.claims)).toEqual(load.documents.flatMap((d) => d.claims));
  expect(again.documents[0].claims[0]).toEqual(expect.objectContaining({ rule: 'control.test', confidence: 0.9, date: '2022-01-01' }));
  const snapshot = buildSnapshot(again, boundaries, 'v1');
  expect(snapshot.regionClaims.get('donetsk')!.map((c) => c.claim.quote.document)).toEqual(['b', 'a']);
});

describe('the disk cache', () => {
  test('writes atomically, ignores a corrupt entry, and prunes other extractor versions and stale entries', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cache-'));
    const old = diskClaimCache(root, 'old');
    await old.put('k0', [{ a: 1 }]);
    const cache = diskClaimCache(root, 'new');
    await cache.put('k1', [{ b: 2 }]);
    await cache.put('k2', []);
    expect(await cache.get('k1')).toEqual([{ b: 2 }]);
    expect(readdirSync(cache.dir).filter((n) => n.startsWith('.'))).toEqual([]);
    writeFileSync(path.join(cache.dir, 'k3.json'), '{"key":"k3","claims":[');
    expect(await cache.get('k3')).toBeNull();
    expect(await cache.get('missing')).toBeNull();
    cache.prune(new Set(['k1']), -1);
    expect(readdirSync(root)).toEqual(['new']);
    expect(readdirSync(cache.dir)).toEqual(['k1.json']);
  });

  test('a cache folder that cannot be written costs a re-extraction, not the load', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cache-')), 'not-a-dir');
    writeFileSync(file, '');
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const load: CorpusLoad = await loadCorpus(FIXTURE_SEEDS, { cache: diskClaimCache(file, 'v1'), extractorVersion: 'v1', extractor: countingExtractor().extractor }).catch((e) => {
      throw e;
    });
    warn.mockRestore();
    expect(load.documents).toHaveLength(9);
  });
});
