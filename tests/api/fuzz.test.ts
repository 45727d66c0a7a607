// Hostile requests: generated paths and query strings (long, encoded, unicode, '..', null bytes,
// arrays, huge numbers) against every route. Never a 5xx; API routes always answer JSON errors.
import { seededRandom } from '@/lib/seeded-random';

const base = () => process.env.TEST_BASE_URL!;

const ROUTES = [
  '/api',
  '/api/regions',
  '/api/regions/{x}',
  '/api/regions/{x}/claims',
  '/api/context',
  '/api/documents',
  '/api/documents/{x}',
  '/api/claims/{x}',
  '/',
  '/regions/{x}',
  '/documents/{x}',
];
const PIECES = [
  'donetsk', 'UA-14', 'ua-14', 'DONETSK', 'lugansk', '..', '../..', '%2e%2e', '%2e%2e%2f', '%00', '%ff', '%c0%af', '%E2%80%AE',
  'Запоріжжя', '🙂', '<script>alert(1)</script>', "'\"", ';', '|', '`', '$(id)', '%', '%%', '%zz', ' ', '+', '#', '?',
  'x'.repeat(2000), '9'.repeat(400), '-1', '1e308', 'NaN', 'null', '[]', '{}', '__proto__', 'constructor', '000_dcd564552b84d477',
];
const PARAM_NAMES = ['detail', 'size', 'claim', 'start', 'end', 'detail[]', 'detail[0]', '__proto__', 'q', '', 'limit', 'cursor', 'side', 'kind', 'source'];
const PARAM_VALUES = ['low', 'medium', 'full', 'high', '', '%00', '1e308', '-1', '9'.repeat(400), '🙂', '<img src=x onerror=alert(1)>', 'x'.repeat(3000), '..%2f..%2f', '0', '100', '101', 'control', 'russia', 'WzEsMiwzXQ', 'W251bGwsIiIsMCwiIl0'];

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)];
}

function generate(count: number): string[] {
  const rand = seededRandom(20261125);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const route = ROUTES[i % ROUTES.length];
    const segment = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => pick(rand, PIECES)).join(rand() < 0.2 ? '/' : '');
    let path = route.replace('{x}', encodeURIComponent(segment).replace(/%25/g, rand() < 0.5 ? '%' : '%25'));
    if (rand() < 0.15) path += `/${pick(rand, PIECES)}`;
    const params = Array.from({ length: Math.floor(rand() * 4) }, () => `${pick(rand, PARAM_NAMES)}=${encodeURIComponent(pick(rand, PARAM_VALUES))}`);
    out.push(params.length ? `${path}?${params.join('&')}` : path);
  }
  return out;
}

const REQUESTS = generate(1200);

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

describe('hostile requests', () => {
  test(`${REQUESTS.length} generated paths and query strings never get a 5xx, and API errors are JSON`, async () => {
    const failures: string[] = [];
    await inBatches(REQUESTS, 12, async (path) => {
      const res = await fetch(`${base()}${path}`, { redirect: 'manual' });
      const type = res.headers.get('content-type') ?? '';
      const body = await res.text();
      if (res.status >= 500) failures.push(`${res.status} ${path.slice(0, 120)}`);
      else if (path.startsWith('/api') && res.status >= 400) {
        if (!type.startsWith('application/json')) failures.push(`${res.status} non-JSON ${type} ${path.slice(0, 120)}`);
        else if (typeof (JSON.parse(body) as { error?: unknown }).error !== 'string') failures.push(`${res.status} no error message ${path.slice(0, 120)}`);
      }
    });
    expect(failures).toEqual([]);
  }, 240_000);

  test.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s with a body to every API route is a 405 JSON error', async (method) => {
    for (const path of ['/api', '/api/regions', '/api/regions/donetsk', '/api/context', '/api/documents/000_dcd564552b84d477', '/api/documents', '/api/regions/donetsk/claims', '/api/claims/c-0000000000000000', '/api/updates']) {
      const res = await fetch(`${base()}${path}`, { method, body: '{"a":1}', headers: { 'content-type': 'application/json' } });
      expect([path, res.status]).toEqual([path, 405]);
      expect((await res.json()).error).toMatch(/not allowed/);
    }
  });

  test('a reflected hostile region name comes back JSON-escaped, never as markup', async () => {
    const res = await fetch(`${base()}/api/regions/${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
