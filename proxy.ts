// Region pages answer at one canonical URL: an ISO code or a spelling variant
// (/regions/UA-14, /regions/DONETSK, /regions/lugansk) is a 308 to /regions/{slug}.
import { NextResponse, type NextRequest } from 'next/server';
import { resolveRegionAlias } from '@/lib/regions/resolve';

export function proxy(request: NextRequest) {
  const match = /^\/regions\/([^/]+)(\/.*)?$/.exec(request.nextUrl.pathname);
  if (!match) return NextResponse.next();
  let segment: string;
  try {
    segment = decodeURIComponent(match[1]);
  } catch {
    return NextResponse.next();
  }
  const oblast = resolveRegionAlias(segment);
  if (!oblast || oblast.slug === match[1]) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/regions/${oblast.slug}${match[2] ?? ''}`;
  return NextResponse.redirect(url, 308);
}

export const config = { matcher: '/regions/:path+' };
