// The limits of POST /api/extract, read once from the environment: requests a minute per client,
// the time budget of one request, whether to trust a reverse proxy's X-Forwarded-For (see
// client-address.ts), and how many clients the limiter remembers. A bad value falls back to the
// default with a warning, never to no limit.
import { RateLimiter } from './rate-limit';

export interface ExtractLimits {
  /** Requests a client may make in any 60 s (CLAIMS_EXTRACT_PER_MINUTE, default 30). */
  perMinute: number;
  /** Milliseconds the extractor may spend on one text (CLAIMS_EXTRACT_BUDGET_MS, default 1000). */
  budgetMs: number;
  /** CLAIMS_TRUST_PROXY=1: key clients by the last X-Forwarded-For address. */
  trustProxy: boolean;
  /** Clients remembered at once (CLAIMS_EXTRACT_CLIENTS, default 10,000): bounds the limiter's memory. */
  maxClients: number;
}

function positiveInt(name: string, fallback: number, env: Record<string, string | undefined>): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (Number.isInteger(n) && n > 0) return n;
  console.warn(`${name}=${JSON.stringify(raw)} is not a whole number above 0; using ${fallback}`);
  return fallback;
}

export function extractLimitsFrom(env: Record<string, string | undefined>): ExtractLimits {
  return {
    perMinute: positiveInt('CLAIMS_EXTRACT_PER_MINUTE', 30, env),
    budgetMs: positiveInt('CLAIMS_EXTRACT_BUDGET_MS', 1000, env),
    trustProxy: env.CLAIMS_TRUST_PROXY === '1',
    maxClients: positiveInt('CLAIMS_EXTRACT_CLIENTS', 10_000, env),
  };
}

// One limiter a process, whichever bundle asks (Next bundles routes separately).
const holder = globalThis as typeof globalThis & { __claimsExtractLimits?: { limits: ExtractLimits; limiter: RateLimiter } };

export function extractLimits(): { limits: ExtractLimits; limiter: RateLimiter } {
  if (!holder.__claimsExtractLimits) {
    const limits = extractLimitsFrom(process.env);
    holder.__claimsExtractLimits = { limits, limiter: new RateLimiter({ limit: limits.perMinute, windowMs: 60_000, maxKeys: limits.maxClients }) };
  }
  return holder.__claimsExtractLimits;
}
