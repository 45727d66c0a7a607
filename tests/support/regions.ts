// What the API serves, fetched by the tests instead of hard-coding claim ids, so the tests follow
// the extractor and the seeds rather than a snapshot of them.
import type { Claim } from '@/lib/claims/types';
import type { RegionCollection, RegionFeature } from '@/lib/regions/build';

export async function fetchRegions(base = process.env.TEST_BASE_URL!): Promise<RegionCollection> {
  const res = await fetch(`${base}/api/regions`);
  if (!res.ok) throw new Error(`GET /api/regions answered ${res.status}`);
  return (await res.json()) as RegionCollection;
}

export function regionBySlug(regions: RegionCollection, slug: string): RegionFeature {
  const f = regions.features.find((r) => r.properties.slug === slug);
  if (!f) throw new Error(`no region ${slug} in /api/regions (have ${regions.features.map((r) => r.properties.slug).join(', ')})`);
  return f;
}

export function findClaim(region: RegionFeature, what: string, test: (c: Claim) => boolean): Claim {
  const c = region.properties.claims.find(test);
  if (!c) throw new Error(`${region.properties.name} has no ${what} claim; its claims: ${region.properties.claims.map((x) => `${x.kind}/${x.actor}/${x.attribution.source}`).join(', ')}`);
  return c;
}

/** The Donetsk claims the seed article must yield: an advance near Pokrovsk and a CNN-attributed control claim. */
export function donetskSeedClaims(regions: RegionCollection): { pokrovsk: Claim; cnnControl: Claim } {
  const donetsk = regionBySlug(regions, 'donetsk');
  return {
    pokrovsk: findClaim(donetsk, 'Pokrovsk advance', (c) => c.kind === 'advance' && c.place?.name === 'Pokrovsk'),
    cnnControl: findClaim(donetsk, 'CNN control', (c) => c.kind === 'control' && c.attribution.source === 'CNN'),
  };
}
