// Runs before every page request: region URLs answer at one canonical address (an ISO code or a
// spelling variant such as /regions/UA-14 or /regions/lugansk is a 308 to /regions/{slug}), and
// each page gets a fresh CSP nonce that Next.js puts on its scripts.
import { NextResponse, type NextRequest } from 'next/server';
import { pageCsp } from '@/lib/http/csp';
import { resolveRegionAlias } from '@/lib/urls/region-alias';

/**
 * What a /regions/{x} path needs before rendering: a 308 to the canonical slug when x is an ISO
 * code or a spelling variant, 'unknown' when x names none of the four (and nothing follows it),
 * else nothing.
 */
function regionRoute(request: NextRequest): NextResponse | 'unknown' | null {
  const match = /^\/regions\/([^/]+)(\/.*)?$/.exec(request.nextUrl.pathname);
  if (!match) return null;
  const [, segment, rest = ''] = match;
  let oblast: ReturnType<typeof resolveRegionAlias> = undefined;
  try {
    oblast = resolveRegionAlias(decodeURIComponent(segment));
  } catch {
    // Not valid percent-encoding: proxy() has already answered 400.
  }
  if (!oblast) return rest === '' || rest === '/' ? 'unknown' : null;
  if (oblast.slug === segment) return null;
  const url = request.nextUrl.clone();
  url.pathname = `/regions/${oblast.slug}${rest}`;
  return NextResponse.redirect(url, 308);
}

function remoteStyleOrigin(): string | undefined {
  try {
    return process.env.NEXT_PUBLIC_MAP_STYLE ? new URL(process.env.NEXT_PUBLIC_MAP_STYLE).origin : undefined;
  } catch {
    return undefined;
  }
}

/** A path that is not valid percent-encoding is the client's error: 400, before Next's router sees it. */
function malformedPath(request: NextRequest): NextResponse | null {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return null;
  } catch {
    return NextResponse.json({ error: 'the path is not valid percent-encoded UTF-8' }, { status: 400 });
  }
}

export function proxy(request: NextRequest) {
  const malformed = malformedPath(request);
  if (malformed) return malformed;
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next();
  const region = regionRoute(request);
  if (region instanceof NextResponse) return region;

  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === 'development', extraConnect: remoteStyleOrigin() });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  // A region that does not exist is rendered by the app-wide 404 page (Next's own /_not-found
  // route). Thrown from inside the region page, notFound() sends an empty error shell that only
  // JavaScript fills in, and the list of the four regions must be in the HTML.
  const response =
    region === 'unknown'
      ? NextResponse.rewrite(new URL('/_not-found', request.url), { request: { headers } })
      : NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Pages, not build assets, fonts or metadata files (nor the static file `npm run bench`
  // compares the API with, which is served the way the fonts are). API paths only when they hold
  // a '%', the one case the proxy has work to do there (malformed encoding): the API's hot path
  // skips the proxy.
  matcher: [
    '/api/:rest(.*%.*)',
    {
      source: '/((?!api/|_next/static|_next/image|fonts/|__bench/|icon.svg|favicon.ico|robots.txt|sitemap.xml|.*opengraph-image|.*twitter-image).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
