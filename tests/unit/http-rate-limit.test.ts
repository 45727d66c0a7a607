// The per-client limit of POST /api/extract: a sliding window, exact at its edges, bounded in
// memory, and keyed by the address the request really came from.
import { addressKey, clientAddress, PEER_HEADER } from '@/lib/http/client-address';
import { extractLimitsFrom } from '@/lib/http/extract-limits';
import { RateLimiter } from '@/lib/http/rate-limit';

test('a client gets `limit` requests in any window, then a wait until its oldest request leaves it', () => {
  const limiter = new RateLimiter({ limit: 3, windowMs: 60_000, maxKeys: 10 });
  expect([0, 10_000, 20_000].map((t) => limiter.take('a', t))).toEqual([
    { ok: true, remaining: 2 },
    { ok: true, remaining: 1 },
    { ok: true, remaining: 0 },
  ]);
  expect(limiter.take('a', 30_000)).toEqual({ ok: false, retryAfterMs: 30_000 });
  // Refused requests are not counted: the wait does not grow while the client retries.
  expect(limiter.take('a', 59_999)).toEqual({ ok: false, retryAfterMs: 1 });
  expect(limiter.take('a', 60_000)).toEqual({ ok: true, remaining: 0 });
  expect(limiter.take('b', 60_000)).toEqual({ ok: true, remaining: 2 });
});

test('no fixed-window burst: 2 × limit requests around a minute boundary are not all let through', () => {
  const limiter = new RateLimiter({ limit: 30, windowMs: 60_000, maxKeys: 10 });
  const accepted = Array.from({ length: 60 }, (_, i) => limiter.take('a', 59_000 + i * 50)).filter((d) => d.ok).length;
  expect(accepted).toBe(30);
});

test('memory is bounded: beyond maxKeys the least recently seen client is forgotten', () => {
  const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 100 });
  for (let i = 0; i < 1000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`, i);
  expect(limiter.size).toBe(100);
  // The most recent client is still limited; the first one was forgotten and starts afresh.
  expect(limiter.take('10.0.3.231', 2000).ok).toBe(false);
  expect(limiter.take('10.0.0.0', 2000).ok).toBe(true);
});

test('an address is keyed as IPv4, or as its IPv6 /64 (one subscriber network)', () => {
  expect(addressKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
  expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
  expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
  expect(addressKey('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
  expect(addressKey('::1')).toBe('0:0:0:0::/64');
  expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
});

test('the socket address the server stamped wins over X-Forwarded-For, unless a proxy is trusted', () => {
  const headers = new Headers({ [PEER_HEADER]: '::ffff:192.0.2.1', 'x-forwarded-for': '203.0.113.9, 198.51.100.7' });
  expect(clientAddress(headers, { trustProxy: false })).toBe('192.0.2.1');
  // Behind a proxy: the last address, the one the proxy appended.
  expect(clientAddress(headers, { trustProxy: true })).toBe('198.51.100.7');
  // No stamp (no instrumentation): what next start put in X-Forwarded-For.
  expect(clientAddress(new Headers({ 'x-forwarded-for': '127.0.0.1' }), { trustProxy: false })).toBe('127.0.0.1');
});

test('limits come from the environment; a bad value falls back to the default, never to no limit', () => {
  expect(extractLimitsFrom({})).toEqual({ perMinute: 30, budgetMs: 1000, trustProxy: false, maxClients: 10_000 });
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
  expect(extractLimitsFrom({ CLAIMS_EXTRACT_PER_MINUTE: '0', CLAIMS_EXTRACT_BUDGET_MS: '250', CLAIMS_TRUST_PROXY: '1' })).toEqual({ perMinute: 30, budgetMs: 250, trustProxy: true, maxClients: 10_000 });
  expect(warn).toHaveBeenCalledWith(expect.stringMatching(/CLAIMS_EXTRACT_PER_MINUTE="0" is not a whole number above 0; using 30/));
  warn.mockRestore();
});
