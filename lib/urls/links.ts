// The app's own addresses, built in one place: a region page, a claim on it, a quote in context.
import type { Claim } from '@/lib/claims/types';

export function regionPath(slug: string): string {
  return `/regions/${slug}`;
}

export function claimPath(slug: string, claimId: string): string {
  return `/regions/${slug}?claim=${encodeURIComponent(claimId)}`;
}

/**
 * The article with the quote highlighted and scrolled to; `back`, the map view to return to (its
 * region, claim, date and hash), becomes the article page's "Back to the map" link.
 */
export function inContextHref(claim: Pick<Claim, 'quote'>, back?: string): string {
  return `/documents/${encodeURIComponent(claim.quote.document)}?start=${claim.quote.start}&end=${claim.quote.end}${back ? `&back=${encodeURIComponent(back)}` : ''}#quote`;
}

/** An article's page; `back`, the map view to return to, becomes its "Back to the map" link. */
export function documentPath(id: string, back?: string): string {
  return `/documents/${encodeURIComponent(id)}${back ? `?back=${encodeURIComponent(back)}` : ''}`;
}
