// The standard mix the memory target is measured after: 3,000 API requests, 300 page loads and 42
// card renders against a running server, then the server's RSS. Every request goes to the given
// loopback server and the run is bounded by its counts.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { OBLAST_SLUGS } from '../lib/oblasts';
import { CARD_SIZE_NAMES } from '../lib/cards/sizes';

export const MIX = { api: 3000, pages: 300, cards: 42 } as const;

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function paths(base: string): Promise<{ api: string[]; pages: string[]; cards: string[] }> {
  const docs = (await (await fetch(`${base}/api/documents?limit=5`)).json()) as { documents: { id: string }[] };
  const claims = (await (await fetch(`${base}/api/regions/donetsk/claims?limit=3`)).json()) as { claims: { id: string; quote: { document: string; start: number; end: number } }[] };
  const doc = docs.documents[0]?.id ?? 'none';
  const quote = claims.claims[0]?.quote;
  return {
    api: [
      '/api/regions?detail=low',
      '/api/regions?detail=medium',
      '/api/regions/donetsk',
      ...OBLAST_SLUGS.map((s) => `/api/regions/${s}/claims?limit=20`),
      '/api/regions/luhansk/claims?kind=control&limit=50',
      '/api/regions/ukraine/claims',
      '/api/documents?limit=20',
      `/api/documents/${doc}`,
      `/api/claims/${claims.claims[0]?.id ?? 'none'}`,
      '/api/context',
      '/api',
    ],
    pages: ['/', ...OBLAST_SLUGS.map((s) => `/regions/${s}`), quote ? `/documents/${quote.document}?start=${quote.start}&end=${quote.end}` : `/documents/${doc}`],
    cards: [...OBLAST_SLUGS.flatMap((s) => CARD_SIZE_NAMES.map((size) => `/api/regions/${s}/summary.png?size=${size}`)), '/opengraph-image', '/regions/donetsk/opengraph-image'],
  };
}

async function run(base: string, list: string[], amount: number, connections: number): Promise<{ non2xx: number; errors: number }> {
  const result = await autocannon({ url: base, connections, amount, requests: list.map((p) => ({ method: 'GET', path: p })) });
  return { non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

/** RSS of the server's child processes (the card renderer while it is alive), MB. */
export function childrenRssMb(pid: number): number {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return children.reduce((mb, child) => mb + rssMb(child), 0);
  } catch {
    return 0;
  }
}

/**
 * Runs the mix; returns the server's RSS (MB) before, after (2 s after the last request), its
 * children's then (the card renderer, which exits 5 s after its last card), the server's once they
 * are gone, and any failed requests.
 */
export async function standardMix(base: string, pid: number): Promise<{ before: number; after: number; children: number; afterIdle: number; failed: number }> {
  const before = rssMb(pid);
  const p = await paths(base);
  let failed = 0;
  const api = await run(base, p.api, MIX.api, 4);
  const pages = await run(base, p.pages, MIX.pages, 4);
  failed += api.non2xx + api.errors + pages.non2xx + pages.errors;
  for (let i = 0; i < MIX.cards; i++) {
    const res = await fetch(`${base}${p.cards[i % p.cards.length]}`);
    await res.arrayBuffer();
    if (res.status !== 200) failed++;
  }
  // Let the heap settle the way a quiet moment would, then read the resident size.
  await new Promise((r) => setTimeout(r, 2000));
  const after = rssMb(pid);
  const children = childrenRssMb(pid);
  await new Promise((r) => setTimeout(r, 6000));
  return { before, after, children, afterIdle: rssMb(pid), failed };
}
