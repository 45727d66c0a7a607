// Region pages answer at one canonical URL: an ISO code or a spelling variant
// (/regions/UA-14, /regions/DONETSK, /regions/lugansk) is a 308 to /regions/{slug}.
// Paths whose percent-encoding cannot be decoded (/regions/%ZZ) are a 400 here: left to Next,
// decoding the dynamic segment throws and the reader gets a 500.
import { NextResponse, type NextRequest } from 'next/server';
import { resolveRegionAlias } from '@/lib/regions/resolve';

function badEncoding(pathname: string): NextResponse {
  const error = `the address ${pathname} is not valid percent-encoding`;
  if (pathname.startsWith('/api/')) return NextResponse.json({ error }, { status: 400 });
  return new NextResponse(`Bad request: ${error}.\n`, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return badEncoding(pathname);
  }
  const match = /^\/regions\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match) return NextResponse.next();
  const oblast = resolveRegionAlias(decodeURIComponent(match[1]));
  if (!oblast || oblast.slug === match[1]) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/regions/${oblast.slug}${match[2] ?? ''}`;
  return NextResponse.redirect(url, 308);
}

export const config = { matcher: ['/regions/:path+', '/documents/:path+', '/api/regions/:path+', '/api/documents/:path+'] };
