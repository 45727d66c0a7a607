// /regions/{slug}: the map opened on one region with its panel; the four slugs come from
// generateStaticParams, anything else is a 404.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ClaimsApp } from '@/components/app/claims-app';
import { OBLAST_SLUGS, oblastBySlug } from '@/lib/oblasts';
import { getRegionStore } from '@/lib/regions/store';
import { SITE_NAME } from '@/lib/site';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return OBLAST_SLUGS.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const oblast = oblastBySlug(slug);
  if (!oblast) return {};
  const status = getRegionStore().feature(oblast.slug).properties.status;
  const title = `${oblast.name} — who controls it, according to the sources`;
  const url = `/regions/${oblast.slug}`;
  return {
    title: { absolute: title },
    description: status.sentence,
    alternates: { canonical: url },
    openGraph: { title, description: status.sentence, url, type: 'article', siteName: SITE_NAME },
    twitter: { card: 'summary_large_image', title, description: status.sentence },
  };
}

export default async function RegionPage({ params }: Props) {
  // An unknown slug is a 404 before anything streams, so the not-found page is server-rendered.
  const { slug } = await params;
  if (!oblastBySlug(slug)) notFound();
  // Rendered per request (from the in-memory store, a few ms) so each response carries its CSP
  // nonce; generateStaticParams still fixes the four valid slugs.
  await connection();
  // The server-rendered list and panel need the claims, not fine outlines: the low detail makes the
  // HTML ~50 KB instead of ~65 KB, page throughput ~30 % higher, and under the 100-connection load
  // test the slowest page went from ~8 s to ~1 s in a probe. The client's first fetch brings the
  // medium outlines the map draws.
  return <ClaimsApp fallback={getRegionStore().collections.low} />;
}
