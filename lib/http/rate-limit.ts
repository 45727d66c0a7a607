// A sliding-window rate limit per key (a client address): at most `limit` requests in any
// `windowMs`. Exact, not a fixed window that lets a burst through at each boundary: each key
// keeps the times of its last `limit` accepted requests. Memory is bounded: at most `maxKeys`
// keys, the least recently seen dropped first (a client dropped that way starts afresh, which at
// worst lets it through early; it never locks anyone out).

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  /** How many clients are remembered at once; the least recently seen is forgotten first. */
  maxKeys: number;
}

export type RateDecision = { ok: true; remaining: number } | { ok: false; retryAfterMs: number };

export class RateLimiter {
  readonly options: RateLimitOptions;
  // Map keeps insertion order: re-inserting a key on each use makes the first key the least recently seen.
  private readonly hits = new Map<string, number[]>();

  constructor(options: RateLimitOptions) {
    if (!(options.limit >= 1) || !(options.windowMs > 0) || !(options.maxKeys >= 1)) {
      throw new Error(`rate limit ${JSON.stringify(options)}: expected limit ≥ 1, windowMs > 0 and maxKeys ≥ 1`);
    }
    this.options = options;
  }

  /** Counts a request from `key` at `now` (ms) if the window has room; a refused request is not counted. */
  take(key: string, now: number): RateDecision {
    const { limit, windowMs, maxKeys } = this.options;
    const times = this.hits.get(key) ?? [];
    this.hits.delete(key);
    let expired = 0;
    while (expired < times.length && times[expired] <= now - windowMs) expired++;
    if (expired) times.splice(0, expired);
    if (times.length >= limit) {
      this.hits.set(key, times);
      return { ok: false, retryAfterMs: times[0] + windowMs - now };
    }
    times.push(now);
    this.hits.set(key, times);
    while (this.hits.size > maxKeys) this.hits.delete(this.hits.keys().next().value as string);
    return { ok: true, remaining: limit - times.length };
  }

  /** How many clients are remembered (for tests: it never exceeds maxKeys). */
  get size(): number {
    return this.hits.size;
  }
}
