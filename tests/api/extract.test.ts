// POST /api/extract: an article in (JSON or text/plain), its claims out with quote offsets into
// it; every limit and refusal a JSON error that names the problem; nothing posted is kept.
// Each test names its own client in X-Forwarded-For (the test server trusts it, see
// tests/support/global-setup.ts), so the rate limit test locks out only its own address.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { claimSchema } from '@/lib/claims/types';

// Posting 200 KB bodies takes a moment on a busy two-core machine.
jest.setTimeout(30_000);

const base = () => process.env.TEST_BASE_URL!;
const SEED = readFileSync(path.join(__dirname, '..', 'fixtures', 'seeds', '000_dcd564552b84d477.txt'), 'utf8');
// A fresh client per request (the limiter keys IPv6 by /64), in the documentation range, and
// different on every run, so a rerun against a server that is still up starts with no history.
const RUN = Math.floor(Math.random() * 0xffff).toString(16);
let client = 0;
const newClient = () => `2001:db8:${RUN}:${(++client).toString(16)}::1`;

function post(body: BodyInit, type: string | null, options: { query?: string; from?: string } = {}): Promise<Response> {
  return fetch(`${base()}/api/extract${options.query ?? ''}`, {
    method: 'POST',
    body,
    headers: { ...(type ? { 'content-type': type } : {}), 'x-forwarded-for': options.from ?? newClient() },
  });
}

async function expectError(res: Response, status: number, message: RegExp): Promise<void> {
  const body = (await res.json()) as { error: string };
  expect([res.status, body.error]).toEqual([status, expect.stringMatching(message)]);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
}

test('the seed article as text/plain: claim records whose quotes are slices of the posted text', async () => {
  const res = await post(SEED, 'text/plain', { query: '?published=2025-11-27' });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('server-timing')).toMatch(/extract;dur=\d+/);
  const body = await res.json();
  expect(body.claims.length).toBeGreaterThan(10);
  for (const c of body.claims) {
    expect(claimSchema.parse(c)).toEqual(c);
    expect(SEED.slice(c.quote.start, c.quote.end)).toBe(c.quote.text);
  }
  expect(body.claims.find((c: { kind: string }) => c.kind === 'control').date).toBe('2025-11-27');
  expect(body.regions.map((r: { slug: string; status: { key: string } }) => `${r.slug}:${r.status.key}`)).toEqual(['luhansk:russia-all', 'donetsk:russia-part', 'kherson:russia-part', 'zaporizhzhia:russia-part']);
});

test('JSON gives the same claims as text/plain, and offsets count UTF-16 code units', async () => {
  const text = `Kyiv 🙂 — ${SEED}`;
  const [plain, json] = await Promise.all([post(text, 'text/plain; charset=utf-8'), post(JSON.stringify({ text, published: null }), 'application/json')]);
  const [a, b] = [await plain.json(), await json.json()];
  expect(b.claims).toEqual(a.claims);
  for (const c of b.claims) expect(text.slice(c.quote.start, c.quote.end)).toBe(c.quote.text);
});

test('markup inside the text comes back as text in JSON, never as a page', async () => {
  const text = 'Kyiv Post staff\nCNN reported that Russia controls all of Luhansk <script>alert(1)</script> and parts of Donetsk <img src=x onerror="alert(2)">.';
  const res = await post(JSON.stringify({ text }), 'application/json');
  expect(res.status).toBe(200);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
  const body = await res.json();
  expect(body.claims[0].quote.text).toContain('<script>alert(1)</script>');
});

test.each([
  ['another content type', 'kind=article', 'application/x-www-form-urlencoded', 415, /content type "application\/x-www-form-urlencoded" is not accepted; send application\/json .* or the article as text\/plain/],
  // Bytes, not a string: fetch labels a string text/plain itself.
  ['no content type', new TextEncoder().encode('CNN reported it.'), null, 415, /content type \(none\) is not accepted/],
  ['a charset other than UTF-8', 'CNN reported it.', 'text/plain; charset=iso-8859-1', 415, /charset "iso-8859-1" is not accepted; send UTF-8/],
  ['an empty body', '', 'text/plain', 400, /the body is empty/],
  ['only white space', ' \n\t ', 'text/plain', 400, /no article text \(empty or only white space\)/],
  ['binary data', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]), 'text/plain', 400, /binary data \(contains NUL bytes\)/],
  ['invalid UTF-8', new Uint8Array([0x4b, 0x79, 0x69, 0x76, 0xff, 0xfe]), 'text/plain', 400, /not valid UTF-8/],
  ['an HTML page', '<!DOCTYPE html><html><body><p>Russia controls Luhansk.</p></body></html>', 'text/plain', 400, /looks like an HTML page/],
  ['an SVG image', '<svg xmlns="http://www.w3.org/2000/svg"><text>Russia controls Luhansk.</text></svg>', 'text/plain', 400, /starts with markup \("<svg"\)/],
  ['HTML in the JSON text', JSON.stringify({ text: '<html><body>Russia controls Luhansk.</body></html>' }), 'application/json', 400, /^"text": looks like an HTML page/],
  ['JSON that does not parse', '{"text": "CNN', 'application/json', 400, /the body is not valid JSON/],
  ['a JSON array', '["CNN reported it."]', 'application/json', 400, /expected a JSON object \{"text"/],
  ['text that is not a string', '{"text": 5}', 'application/json', 400, /^"text": expected the article as a string/],
  ['an empty JSON text', '{"text": ""}', 'application/json', 400, /^"text": no article text/],
  ['a NUL in the JSON text', '{"text": "Kyiv\\u0000said"}', 'application/json', 400, /^"text": binary data \(contains NUL characters\)/],
  ['an unknown field', '{"text": "CNN reported it.", "date": "2022-07-03"}', 'application/json', 400, /unknown field "date"; expected "text" and optionally "published"/],
  ['a published date that is not a day', '{"text": "CNN reported it.", "published": "2022-02-30"}', 'application/json', 400, /^"published": "2022-02-30" is not a date; expected YYYY-MM-DD/],
])('%s is refused', async (_what, body, type, status, message) => {
  await expectError(await post(body, type), status, message);
});

test('a published date in the query of a text/plain post is checked too', async () => {
  await expectError(await post('CNN reported it.', 'text/plain', { query: '?published=yesterday' }), 400, /published="yesterday" is not a date; expected YYYY-MM-DD/);
});

test('a body over 200 KB is refused with 413, whether its length is declared or streamed; 200 KB exactly is read', async () => {
  const limit = 200 * 1024;
  const filler = (bytes: number) => 'The talks went on. '.repeat(Math.ceil(bytes / 19)).slice(0, bytes);
  await expectError(await post(filler(limit + 1), 'text/plain'), 413, /the body is 200\.0 KB; the limit is 200 KB \(204800 bytes\)/);
  const streamed = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode(filler(100 * 1024)));
      controller.close();
    },
  });
  const res = await fetch(`${base()}/api/extract`, { method: 'POST', body: streamed, headers: { 'content-type': 'text/plain', 'x-forwarded-for': newClient() }, duplex: 'half' } as RequestInit);
  await expectError(res, 413, /the body is over 200 KB/);
  expect((await post(filler(limit), 'text/plain')).status).toBe(200);
});

test('more than 30 requests a minute from one address: 429 with Retry-After, and other addresses are not held up', async () => {
  const from = newClient();
  const statuses = [];
  for (let i = 0; i < 30; i++) statuses.push((await post('The talks went on.', 'text/plain', { from })).status);
  expect(statuses).toEqual(Array(30).fill(200));
  const refused = await post('The talks went on.', 'text/plain', { from });
  await expectError(refused, 429, /more than 30 requests a minute from this address; try again in \d+ s/);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  expect((await post('The talks went on.', 'text/plain')).status).toBe(200);
});

test('nothing posted is kept: the text is not among the documents afterwards', async () => {
  const before = await (await fetch(`${base()}/api/documents?limit=100`)).json();
  const body = await (await post(SEED, 'text/plain')).json();
  expect((await fetch(`${base()}/api/documents/${body.document.id}`)).status).toBe(404);
  expect((await (await fetch(`${base()}/api/documents?limit=100`)).json()).total).toBe(before.total);
});

test('other methods are a 405 naming what to do; a CORS preflight is answered', async () => {
  const get = await fetch(`${base()}/api/extract`);
  await expectError(get, 405, /GET is not allowed here; POST an article as text\/plain or as JSON/);
  expect(get.headers.get('allow')).toBe('POST, OPTIONS');
  const preflight = await fetch(`${base()}/api/extract`, { method: 'OPTIONS', headers: { origin: 'https://example.org', 'access-control-request-method': 'POST' } });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
  expect(preflight.headers.get('access-control-allow-headers')).toBe('Content-Type');
});

test('the map links to /check, and the API index lists the route', async () => {
  expect(await (await fetch(`${base()}/`)).text()).toMatch(/href="\/check"[^>]*>Check an article</);
  const index = await (await fetch(`${base()}/api`)).json();
  expect(index.routes.map((r: { path: string }) => r.path)).toContain('/api/extract');
});
