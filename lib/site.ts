// The site's public origin, decided in one place for canonical URLs, link previews, the sitemap
// and the addresses printed on PNG cards, so they can never disagree.
export const SITE_NAME = 'Who claims what';

/** Where `npm start` answers when nothing else is known. */
export const LOCAL_ORIGIN = 'http://localhost:3000';

const HOST = /^[a-z0-9.-]+(?::\d{1,5})?$/i;

/**
 * The public origin: NEXT_PUBLIC_SITE_URL when set (set it behind a proxy or CDN), else the
 * request's Host header (what the reader typed), with the request's scheme, else the local
 * address. X-Forwarded-Host is not trusted: it would let anyone have a cacheable card or preview
 * print another site's address.
 */
export function publicOrigin(request: { host: string | null; url?: string } = { host: null }): string {
  const configured = process.env.NEXT_PUBLIC_SITE_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      console.warn(`NEXT_PUBLIC_SITE_URL=${JSON.stringify(configured)} is not a URL; using the request's host`);
    }
  }
  const scheme = request.url ? new URL(request.url).protocol : 'http:';
  if (request.host && HOST.test(request.host)) return `${scheme}//${request.host.toLowerCase()}`;
  return request.url ? new URL(request.url).origin : LOCAL_ORIGIN;
}
