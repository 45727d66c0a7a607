// Assembles a region's summary card for the server: the store's regions (the page's data), the
// basemap context, the fonts, and an ETag taken from exactly what will be drawn, so a 304 can be
// answered without rendering.
import type { FeatureCollection } from 'geojson';
import type { ContextProps } from '@/lib/geo/boundaries';
import type { Polygonal } from '@/lib/geo/round';
import { encode } from '@/lib/http/response';
import type { OblastSlug } from '@/lib/oblasts';
import { getRegionStore } from '@/lib/regions/store';
import { cardFonts, type CardFont } from './fonts';
import { regionCardData, type RegionCardData } from './region-card-data';
import type { CardSize } from './sizes';

/** Bump when the card's drawing changes, so caches holding the old image revalidate. */
export const CARD_LAYOUT_VERSION = 1;

export interface SummaryCard {
  data: RegionCardData;
  fonts: CardFont[];
  etag: string;
}

let context: FeatureCollection<Polygonal, ContextProps> | undefined;

const HOST = /^[a-z0-9.-]+(?::\d{1,5})?$/i;

/**
 * The site's public origin: NEXT_PUBLIC_SITE_URL when set (set it behind a proxy), else the
 * request's Host header (what the reader typed; a CDN keys its cache on it too), else the
 * request URL, which Next may report as localhost. X-Forwarded-Host is not trusted: it would let
 * anyone have a cacheable card print another site's address.
 */
export function siteOrigin(request: Request): string {
  const configured = process.env.NEXT_PUBLIC_SITE_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      console.warn(`NEXT_PUBLIC_SITE_URL=${JSON.stringify(configured)} is not a URL; using the request's host`);
    }
  }
  const url = new URL(request.url);
  const host = request.headers.get('host');
  return host && HOST.test(host) ? `${url.protocol}//${host.toLowerCase()}` : url.origin;
}

/** The page URL as printed on a card: https is implied, so it is left out. */
export function printedUrl(origin: string, slug: string): string {
  return `${origin}/regions/${slug}`.replace(/^https:\/\//, '');
}

export async function summaryCard(slug: OblastSlug, size: CardSize, origin: string, now = new Date()): Promise<SummaryCard> {
  const store = getRegionStore();
  // The basemap layer exactly as /api/context serves it, parsed once.
  context ??= JSON.parse(store.encodedContext.body) as FeatureCollection<Polygonal, ContextProps>;
  const { fonts, covers } = await cardFonts();
  const data = regionCardData(
    { slug, regions: store.collections.medium.features, context },
    { size, url: printedUrl(origin, slug), generated: now.toISOString().slice(0, 10), covers },
  );
  return { data, fonts, etag: encode({ v: CARD_LAYOUT_VERSION, data }).etag };
}
