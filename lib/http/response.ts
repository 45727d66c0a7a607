// The API's response conventions in one place: JSON errors, caching with ETags, open CORS on GET.
import { createHash } from 'node:crypto';

export const CACHE_CONTROL = 'public, max-age=60, s-maxage=3600, stale-while-revalidate=86400';

export interface Encoded {
  /** The JSON text, for server code that reads it back. */
  body: string;
  /** The body as UTF-8 bytes, made once: no request encodes the string again. (Compression is
   * left to Next.js, which gzips for clients that ask; a pre-gzipped body would be gzipped twice.) */
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
  contentType: string;
}

export function encode(value: unknown, contentType = 'application/json; charset=utf-8'): Encoded {
  const body = JSON.stringify(value);
  const bytes = new TextEncoder().encode(body);
  const etag = `"${createHash('sha1').update(bytes).digest('base64url').slice(0, 27)}"`;
  return { body, bytes, etag, contentType };
}

/** An ETag for a body that is a function of these values (a data version and a query), known before the body is made. */
export function etagOf(...parts: readonly unknown[]): string {
  return `"${createHash('sha1').update(JSON.stringify(parts)).digest('base64url').slice(0, 27)}"`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/** The caching and CORS headers of every cacheable GET response. */
export function cacheHeaders(etag: string): Record<string, string> {
  return { ETag: etag, 'Cache-Control': CACHE_CONTROL, 'Access-Control-Allow-Origin': '*', Vary: 'Accept-Encoding' };
}

/** A 304 when If-None-Match carries `etag`, so a costly body (a rendered PNG) need not be made; else null. */
export function notModified(request: Request, etag: string): Response | null {
  return matches(request.headers.get('if-none-match'), etag) ? new Response(null, { status: 304, headers: cacheHeaders(etag) }) : null;
}

export function cachedResponse(request: Request, encoded: Encoded): Response {
  return (
    notModified(request, encoded.etag) ??
    new Response(encoded.bytes, { status: 200, headers: { ...cacheHeaders(encoded.etag), 'Content-Type': encoded.contentType } })
  );
}

/** A JSON body made per request (a page of a list): a 304 when the client has this ETag, else the body. */
export function jsonResponse(request: Request, etag: string, make: () => unknown): Response {
  return (
    notModified(request, etag) ??
    new Response(JSON.stringify(make()), { status: 200, headers: { ...cacheHeaders(etag), 'Content-Type': 'application/json; charset=utf-8' } })
  );
}

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json(
    { error, ...extra },
    { status, headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' } },
  );
}

const READ_ONLY_ALLOW = 'GET, HEAD, OPTIONS';

export function methodNotAllowed(request: Request): Response {
  const res = jsonError(405, `${request.method} is not allowed here; this API is read-only`, { allow: READ_ONLY_ALLOW.split(', ') });
  res.headers.set('Allow', READ_ONLY_ALLOW);
  return res;
}


/** A 405 for a route that answers only `allow` (the read-only routes use methodNotAllowed). */
export function allowOnly(allow: readonly string[], what: string): (request: Request) => Response {
  return (request) => {
    const res = jsonError(405, `${request.method} is not allowed here; ${what}`, { allow });
    res.headers.set('Allow', allow.join(', '));
    return res;
  };
}
