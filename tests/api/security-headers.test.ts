// Every response carries the security headers; pages get a nonce CSP that allows only our origin.
export {};
const base = () => process.env.TEST_BASE_URL!;

const PATHS = ['/', '/regions/donetsk', '/documents/000_dcd564552b84d477', '/api/regions?detail=low', '/api/regions/nowhere', '/fonts/noto-sans-latin-400-normal.woff2', '/no-such-page'];

describe('security headers', () => {
  test.each(PATHS)('%s has nosniff, a strict referrer policy, a permissions policy, no framing and no X-Powered-By', async (path) => {
    const res = await fetch(`${base()}${path}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toMatch(/geolocation=\(\)/);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  test.each(['/', '/regions/kherson'])('the page %s allows scripts only from our origin with a fresh nonce, and no eval', async (path) => {
    const first = (await fetch(`${base()}${path}`)).headers.get('content-security-policy')!;
    const second = (await fetch(`${base()}${path}`)).headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(first)?.[1];
    expect(nonce).toBeTruthy();
    expect(second).not.toContain(nonce);
    expect(first).toMatch(/default-src 'self'/);
    expect(first).not.toMatch(/unsafe-eval/);
    expect(first).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(first).toMatch(/worker-src 'self' blob:/);
  });

  test('the page markup carries the nonce on its scripts', async () => {
    const res = await fetch(`${base()}/regions/donetsk`);
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy')!)![1];
    const html = await res.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });
});
