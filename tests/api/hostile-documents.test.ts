// A second server reads a seeds folder of hostile documents (markup, entities, an empty file, a
// binary file, a 5 MB file): it stays up, skips what it cannot read or is too large, and shows
// markup as text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, stopServer, type RunningServer } from '../support/server';

const HOSTILE =
  'Kyiv Post staff\n' +
  'CNN reported that Russia controls all of Luhansk <script>window.__pwned = 1</script> and parts of Donetsk <img src=x onerror="window.__pwned=2"> &amp; &lt;b&gt;bold&lt;/b&gt;.\n';

let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hostile-seeds-'));
  writeFileSync(path.join(dir, 'hostile.txt'), HOSTILE);
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe]));
  writeFileSync(path.join(dir, 'huge.txt'), 'Ukrainian forces recaptured a village near Bakhmut, the general staff said. '.repeat(70_000));
  // The server reads every seed, and extracts the readable ones, before it answers.
  server = await startServer({ env: { CLAIMS_SEEDS_DIR: dir, CLAIMS_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'hostile-cache-')) } });
}, 120_000);

jest.setTimeout(30_000);

afterAll(async () => {
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
});

const get = (p: string) => fetch(`${server.baseUrl}${p}`);

test('the server starts and serves the regions despite the empty and binary seeds', async () => {
  const res = await get('/api/regions');
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(body.features).toHaveLength(4);
});

test('unreadable and oversized seeds are skipped: only readable documents are served', async () => {
  expect((await get('/api/documents/empty')).status).toBe(404);
  expect((await get('/api/documents/binary')).status).toBe(404);
  expect((await get('/api/documents/huge')).status).toBe(404);
  expect((await get('/api/documents/hostile')).status).toBe(200);
});

test('markup inside a document reaches the API as plain text, exactly as written', async () => {
  const doc = await (await get('/api/documents/hostile')).json();
  expect(doc.text).toBe(HOSTILE);
});

test.each(['/regions/luhansk', '/documents/hostile?start=16&end=120'])('%s shows the markup as text, never as elements', async (p) => {
  const res = await get(p);
  expect(res.status).toBe(200);
  const html = await res.text();
  expect(html).not.toContain('<script>window.__pwned');
  expect(html).not.toContain('<img src=x');
  if (p.startsWith('/documents')) expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
});
