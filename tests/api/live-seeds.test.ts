// A server of its own on a copy of the fixture seeds: it reads them before answering and says
// what it loaded; articles added (with `npm run add` or by hand), changed and removed show in the
// API within 3 s without a restart, with new ETags and an update event; a restart with the same
// cache extracts nothing.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DocumentsPageBody } from '@/lib/http/api-types';
import { addMain } from '../../scripts/add';
import { FIXTURE_SEEDS } from '../support/global-setup';
import { startServer, stopServer, type RunningServer } from '../support/server';

jest.setTimeout(60_000);

let seeds: string;
let cache: string;
let server: RunningServer;
const quiet = { stdout: () => undefined, stderr: () => undefined };

beforeAll(async () => {
  seeds = mkdtempSync(path.join(tmpdir(), 'live-seeds-'));
  cache = mkdtempSync(path.join(tmpdir(), 'live-cache-'));
  cpSync(FIXTURE_SEEDS, seeds, { recursive: true });
  rmSync(path.join(seeds, 'README.md'));
  server = await startServer({ env: { CLAIMS_SEEDS_DIR: seeds, CLAIMS_CACHE_DIR: cache }, output: 'capture' });
  // Load the routes used below once, so the timings measure the data, not a route's first load.
  await Promise.all(['/api/documents', '/api/regions?detail=low', '/api/regions/kherson/claims'].map((p) => fetch(`${server.baseUrl}${p}`)));
}, 60_000);

afterAll(async () => {
  await stopServer(server);
  rmSync(seeds, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

const get = (p: string, init?: RequestInit) => fetch(`${server.baseUrl}${p}`, init);
const documents = async () => ((await (await get('/api/documents?limit=100')).json()) as DocumentsPageBody).documents;

/** Polls until `check` passes; returns how long it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - started;
}

const KHERSON = 'Ukrainian forces have recaptured Kherson, the General Staff said on Friday.\nThe Kremlin said Russia would never give up the Kherson region.\n';

test('before answering, the server read the seeds and logged what it loaded', () => {
  expect(server.output).toContainEqual(expect.stringMatching(/^seeds: 9 articles, \d+ claims, 0 skipped$/));
  expect(server.output).toContainEqual(expect.stringMatching(/^seeds: read .* 9 extracted .*0 from the claim cache/));
});

test('an article added with `npm run add` is in the API within 3 s, with new ETags and an update event', async () => {
  const regionsEtag = (await get('/api/regions?detail=low')).headers.get('etag');
  const events = await get('/api/updates');
  const reader = events.body!.getReader();
  const firstEvent = new TextDecoder().decode((await reader.read()).value);

  const article = path.join(mkdtempSync(path.join(tmpdir(), 'article-')), 'kherson-recaptured.txt');
  writeFileSync(article, KHERSON);
  const added = Date.now();
  expect(addMain([article, '--title', 'Kherson recaptured', '--publisher', 'Example Wire', '--published', '2022-11-11', '--seeds', seeds], quiet)).toBe(0);
  await within(3000, async () => (await documents()).some((d) => d.id === 'kherson-recaptured'));
  console.log(`new article visible in the API after ${Date.now() - added} ms`);

  const doc = (await documents()).find((d) => d.id === 'kherson-recaptured')!;
  expect(doc).toEqual(expect.objectContaining({ title: 'Kherson recaptured', publisher: 'Example Wire', published: '2022-11-11' }));
  expect(doc.claims).toBeGreaterThan(0);
  // Newest first: it is the newest article, and its claims lead Kherson's list.
  expect((await documents())[0].id).toBe('kherson-recaptured');
  const kherson = await (await get('/api/regions/kherson/claims')).json();
  expect(kherson.claims[0].quote.document).toBe('kherson-recaptured');
  expect((await get('/api/regions?detail=low')).headers.get('etag')).not.toBe(regionsEtag);

  let text = firstEvent;
  while ((text.match(/event: version/g) ?? []).length < 2) text += new TextDecoder().decode((await reader.read()).value);
  await reader.cancel();
  const versions = [...text.matchAll(/data: (\{.*\})/g)].map((m) => JSON.parse(m[1]).version);
  expect(versions[1]).not.toBe(versions[0]);
  expect(versions[1]).toBe((await (await get('/api/regions?detail=low')).json()).corpus.version);
});

test('a changed article is read again; a removed one disappears; its text is served as it is now', async () => {
  const file = path.join(seeds, 'kherson-recaptured.txt');
  writeFileSync(file, `${KHERSON}Russian troops still occupy parts of the Zaporizhzhia region, Kyiv said.\n`);
  await within(3000, async () => ((await (await get('/api/documents/kherson-recaptured')).json()) as { text?: string }).text?.includes('Zaporizhzhia') === true);
  await within(3000, async () => (await (await get('/api/regions/zaporizhzhia/claims')).json()).claims.some((c: { quote: { document: string } }) => c.quote.document === 'kherson-recaptured'));
  rmSync(file);
  await within(3000, async () => !(await documents()).some((d) => d.id === 'kherson-recaptured'));
  expect((await get('/api/documents/kherson-recaptured')).status).toBe(404);
  expect(server.output).toContainEqual(expect.stringMatching(/^seeds: reloaded in \d+ ms: 0 added, 0 changed, 1 removed/));
});

test('a file that is not an article is skipped with one log line; a bad sidecar keeps its article, and the warning names both files', async () => {
  writeFileSync(path.join(seeds, 'map.txt'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  writeFileSync(path.join(seeds, 'official', '2022-01-22_president-ua_72501.meta.json'), '{"published": "January"}');
  await within(3000, async () => server.output.some((l) => /^seeds: skipped .*map\.txt: starts with markup/.test(l)));
  await within(3000, async () => (await documents()).find((d) => d.id === '2022-01-22_president-ua_72501')?.published === null);
  expect((await documents()).some((d) => d.id === 'map')).toBe(false);
});

test('a restart with the same claim cache extracts nothing', async () => {
  await stopServer(server);
  server = await startServer({ env: { CLAIMS_SEEDS_DIR: seeds, CLAIMS_CACHE_DIR: cache }, output: 'capture' });
  expect(server.output).toContainEqual(expect.stringMatching(/^seeds: read .* 0 extracted, \d+ from the claim cache/));
  expect(server.output).toContainEqual(expect.stringMatching(/^seeds: 9 articles, \d+ claims, 1 skipped$/));
});
