// Rendered PNG cards, kept per data version: a card is drawn once (100–250 ms of CPU and a burst
// of memory in satori and resvg) and then served from memory until the articles change. Keyed by
// the card's ETag, which covers everything drawn (data, size, printed URL, date); bounded, since
// the printed URL follows the request's Host header.
import 'server-only';

const MAX_CARDS = 48;

interface CardCache {
  version: string;
  cards: Map<string, Promise<ArrayBuffer>>;
}

const holder = globalThis as typeof globalThis & { __claimsCardCache?: CardCache };

export function cachedCard(version: string, etag: string, render: () => Promise<ArrayBuffer>): Promise<ArrayBuffer> {
  let cache = holder.__claimsCardCache;
  if (!cache || cache.version !== version) cache = holder.__claimsCardCache = { version, cards: new Map() };
  const hit = cache.cards.get(etag);
  if (hit) {
    // Most recently used last.
    cache.cards.delete(etag);
    cache.cards.set(etag, hit);
    return hit;
  }
  const made = render();
  cache.cards.set(etag, made);
  // A failed render is not kept: the next request tries again.
  made.catch(() => cache.cards.delete(etag));
  while (cache.cards.size > MAX_CARDS) cache.cards.delete(cache.cards.keys().next().value as string);
  return made;
}
