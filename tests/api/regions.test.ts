// The regions API through real HTTP against `next start`.
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { OBLASTS } from '@/lib/oblasts';

const base = () => process.env.TEST_BASE_URL!;
const get = (path: string, init?: RequestInit) => fetch(`${base()}${path}`, init);

type RegionCollection = FeatureCollection & { nationwide: { keyClaims: unknown[]; counts: { total: number } }; corpus: { version: string; documents: number } };

describe('GET /api/regions', () => {
  test('returns the four oblasts as GeoJSON with iso, slug, name, areaKm2, status, claim counts and the key claims', async () => {
    const res = await get('/api/regions');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const body = (await res.json()) as RegionCollection;
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.map((f) => f.properties?.iso)).toEqual(OBLASTS.map((o) => o.iso));
    for (const f of body.features) {
      expect(f.properties).toEqual(
        expect.objectContaining({
          slug: expect.any(String),
          name: expect.any(String),
          areaKm2: expect.any(Number),
          status: expect.objectContaining({ key: expect.any(String), sentence: expect.any(String), claimCount: expect.any(Number) }),
          counts: expect.objectContaining({ total: expect.any(Number), byKind: expect.any(Object), bySide: expect.any(Object) }),
          keyClaims: expect.any(Array),
          places: expect.any(Array),
        }),
      );
      // Not every claim: those are paged at /api/regions/{slug}/claims.
      expect(f.properties).not.toHaveProperty('claims');
      expect(f.properties!.keyClaims.length).toBeLessThanOrEqual(10);
      expect(f.properties!.counts.total).toBe(f.properties!.status.claimCount);
      expect(turf.booleanValid(f as Feature)).toBe(true);
    }
    expect(Array.isArray(body.nationwide.keyClaims)).toBe(true);
    expect(body.corpus).toEqual(expect.objectContaining({ version: expect.stringMatching(/^[0-9a-f]{12}$/), documents: 9 }));
  });

  test('sets the open-data caching and CORS headers', async () => {
    const res = await get('/api/regions');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=3600, stale-while-revalidate=86400');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('etag')).toMatch(/^(W\/)?"[^"]+"$/);
  });

  test('answers 304 with no body when If-None-Match carries the current ETag', async () => {
    const first = await get('/api/regions?detail=low');
    const etag = first.headers.get('etag')!;
    const again = await get('/api/regions?detail=low', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  test('serves the same JSON gzipped (once, not twice) or plain, as the client asks', async () => {
    const { request } = await import('node:http');
    const raw = (encoding: string | null) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const url = new URL(`${base()}/api/regions?detail=low`);
        const r = request(url, { headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
        r.on('error', reject);
        r.end();
      });
    const plain = await raw(null);
    const zipped = await raw('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    const { gunzipSync } = await import('node:zlib');
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(plain.body.toString('utf8'));
  });

  test('each detail level is a different geometry; the default is medium', async () => {
    const sizes: Record<string, number> = {};
    for (const detail of ['low', 'medium', 'full']) {
      const body = await (await get(`/api/regions?detail=${detail}`)).json();
      sizes[detail] = turf.coordAll(body).length;
    }
    const byDefault = await (await get('/api/regions')).json();
    expect(sizes.low).toBeLessThan(sizes.medium);
    expect(sizes.medium).toBeLessThan(sizes.full);
    expect(turf.coordAll(byDefault).length).toBe(sizes.medium);
  });

  test('the claim that sets a region\'s colour is among its key claims', async () => {
    const body = (await (await get('/api/regions?detail=low')).json()) as RegionCollection;
    for (const f of body.features) {
      const control = f.properties!.status.control as { claimId: string } | null;
      if (control) expect(f.properties!.keyClaims.map((c: { id: string }) => c.id)).toContain(control.claimId);
    }
  });

  test('?detail=low for all four, status and key claims included, is at most 15 KB gzipped', async () => {
    const body = await (await get('/api/regions?detail=low')).text();
    expect(gzipSync(body).length).toBeLessThanOrEqual(15 * 1024);
  });

  test.each(['high', '', 'LOW', 'low%00', '../full'])('?detail=%p is a 400 naming the allowed values', async (value) => {
    const res = await get(`/api/regions?detail=${encodeURIComponent(value)}`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toContain('low, medium, full');
    expect(body.allowed).toEqual(['low', 'medium', 'full']);
  });

  test('a repeated detail parameter is a 400, not a guess', async () => {
    const res = await get('/api/regions?detail=low&detail=full');
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/given 2 times/);
  });

  test.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s is a 405 JSON error with an Allow header', async (method) => {
    const res = await get('/api/regions', { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect((await res.json()).error).toMatch(/read-only/);
  });
});

describe('GET /api/regions/{slug}', () => {
  test.each(OBLASTS.flatMap((o) => [[o.slug, o.slug], [o.iso, o.slug], [o.iso.toLowerCase(), o.slug], [o.slug.toUpperCase(), o.slug]]))(
    '%s returns the %s Feature',
    async (key, slug) => {
      const res = await get(`/api/regions/${key}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
      const body = await res.json();
      expect(body.type).toBe('Feature');
      expect(body.properties.slug).toBe(slug);
    },
  );

  test.each(['crimea', 'UA-43', 'donetsk.json', '%2e%2e%2fetc%2fpasswd', 'd'.repeat(500)])('unknown region %p is a 404 listing the known ones', async (key) => {
    const res = await get(`/api/regions/${key}`);
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body.error).toMatch(/no region/);
    expect(body.known).toEqual(OBLASTS.map((o) => o.slug));
  });

  test('a bad detail for a known region is a 400', async () => {
    const res = await get('/api/regions/donetsk?detail=max');
    expect(res.status).toBe(400);
    expect((await res.json()).error).toContain('detail="max"');
  });
});

describe('GET /api/context', () => {
  test('returns the basemap layer: other oblasts and neighbouring countries, as GeoJSON', async () => {
    const res = await get('/api/context');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const body = (await res.json()) as FeatureCollection;
    const kinds = new Set(body.features.map((f) => f.properties?.kind));
    expect(kinds).toEqual(new Set(['oblast', 'country']));
  });
});

describe('GET /api', () => {
  test('lists the routes with an example each', async () => {
    const body = await (await get('/api')).json();
    const paths = body.routes.map((r: { path: string }) => r.path);
    expect(paths).toEqual(expect.arrayContaining(['/api/regions', '/api/regions/{slug}', '/api/context', '/api/documents/{id}']));
    for (const r of body.routes) expect(r.example).toMatch(/^\/api/);
  });
});
