// POST /api/extract: the claims in a posted text (JSON or text/plain), in the claim record of the
// map's API, with what they alone say about each oblast. Limited per client and in time; nothing
// posted is stored or logged.
import { checkText } from '@/lib/check/check-text';
import { clientAddress } from '@/lib/http/client-address';
import { extractLimits } from '@/lib/http/extract-limits';
import { parseExtractRequest } from '@/lib/http/extract-request';
import { allowOnly, jsonError } from '@/lib/http/response';

const ALLOW = ['POST', 'OPTIONS'];
const notAllowed = allowOnly(ALLOW, 'POST an article as text/plain or as JSON {"text": "…", "published": "YYYY-MM-DD"}');
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After, Server-Timing, RateLimit-Remaining' };

export function OPTIONS(): Response {
  return new Response(null, {
    status: 204,
    headers: { ...CORS, Allow: ALLOW.join(', '), 'Access-Control-Allow-Methods': ALLOW.join(', '), 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Max-Age': '86400' },
  });
}

export async function POST(request: Request): Promise<Response> {
  const started = performance.now();
  const { limits, limiter } = extractLimits();
  const decision = limiter.take(clientAddress(request.headers, { trustProxy: limits.trustProxy }), Date.now());
  if (!decision.ok) {
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    const res = jsonError(429, `more than ${limits.perMinute} requests a minute from this address; try again in ${seconds} s`, { retryAfter: seconds });
    res.headers.set('Retry-After', String(seconds));
    return res;
  }
  const parsed = await parseExtractRequest(request);
  if (!parsed.ok) {
    const res = jsonError(parsed.status, parsed.error);
    // The rest of an oversized body is not read: the connection cannot carry another request.
    if (parsed.status === 413) res.headers.set('Connection', 'close');
    return res;
  }
  let result: Awaited<ReturnType<typeof checkText>>;
  try {
    result = await checkText(parsed.value, { budgetMs: limits.budgetMs });
  } catch (error) {
    // Logged without its message, which might quote the text: nothing posted is logged.
    console.error(`extract: the extractor failed (${error instanceof Error ? `${error.name}\n${error.stack?.split('\n').slice(1).join('\n')}` : typeof error})`);
    return jsonError(500, 'the extractor failed on this text; nothing was kept');
  }
  if (!result.ok) {
    const where = result.at === null ? '' : ` (it had read ${Math.round((100 * result.at) / parsed.value.text.length)}% of it)`;
    return jsonError(422, `the text took longer than the ${limits.budgetMs} ms this server gives one request to read${where}; send a shorter text, or the article in parts`);
  }
  const total = performance.now() - started;
  return new Response(JSON.stringify(result.body), {
    status: 200,
    headers: {
      ...CORS,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'RateLimit-Remaining': String(decision.remaining),
      'Server-Timing': `extract;dur=${result.ms}, total;dur=${total.toFixed(1)}`,
    },
  });
}
