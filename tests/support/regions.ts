// What the API serves, fetched by the tests instead of hard-coding claim ids, so the tests follow
// the extractor and the seeds rather than a snapshot of them.
import type { Claim } from '@/lib/claims/types';
import type { ClaimsPageBody } from '@/lib/http/api-types';
import type { RegionCollection, RegionFeature } from '@/lib/presentation/region-view';

export async function fetchRegions(base = process.env.TEST_BASE_URL!): Promise<RegionCollection> {
  const res = await fetch(`${base}/api/regions`);
  if (!res.ok) throw new Error(`GET /api/regions answered ${res.status}`);
  return (await res.json()) as RegionCollection;
}

/** Every claim of a region (or `ukraine`), newest first, read page by page as a client would. */
export async function fetchAllClaims(slug: string, base = process.env.TEST_BASE_URL!, query = ''): Promise<Claim[]> {
  const claims: Claim[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const url = `${base}/api/regions/${slug}/claims?limit=100${query}${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await fetch(url);
    if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
    const page = (await res.json()) as ClaimsPageBody;
    claims.push(...page.claims);
    cursor = page.nextCursor;
    if (!cursor) return claims;
  }
  throw new Error(`${slug}: more than 1000 pages of claims`);
}

export function regionBySlug(regions: RegionCollection, slug: string): RegionFeature {
  const f = regions.features.find((r) => r.properties.slug === slug);
  if (!f) throw new Error(`no region ${slug} in /api/regions (have ${regions.features.map((r) => r.properties.slug).join(', ')})`);
  return f;
}

export function findClaim(claims: readonly Claim[], what: string, test: (c: Claim) => boolean): Claim {
  const c = claims.find(test);
  if (!c) throw new Error(`no ${what} claim; the claims: ${claims.map((x) => `${x.kind}/${x.actor}/${x.attribution.source}`).join(', ')}`);
  return c;
}

/** The Donetsk claims the seed article must yield: an advance near Pokrovsk and a CNN-attributed control claim. */
export async function donetskSeedClaims(): Promise<{ pokrovsk: Claim; cnnControl: Claim; all: Claim[] }> {
  const all = await fetchAllClaims('donetsk');
  return {
    pokrovsk: findClaim(all, 'Pokrovsk advance', (c) => c.kind === 'advance' && c.place?.name === 'Pokrovsk'),
    cnnControl: findClaim(all, 'CNN control', (c) => c.kind === 'control' && c.attribution.source === 'CNN'),
    all,
  };
}
