// /regions/{slug}: the map opened on one region with its panel; the four slugs come from
// generateStaticParams, anything else is a 404.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Dashboard } from '@/components/app/dashboard';
import { GROUP_PAGE_SIZE } from '@/components/claims/claims-url';
import { collectionOf } from '@/lib/http/bodies';
import { SIDES } from '@/lib/listing/sides';
import { OBLAST_SLUGS, oblastBySlug } from '@/lib/oblasts';
import { claimsPage } from '@/lib/server/listings';
import { CARD_SIZES } from '@/lib/cards/sizes';
import { formatDay } from '@/lib/presentation/day';
import { SITE_NAME } from '@/lib/site';
import { pageAsOf } from '../../page-params';
import { requestSnapshot } from '../../snapshot';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamicParams = false;

export function generateStaticParams() {
  return OBLAST_SLUGS.map((slug) => ({ slug }));
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug } = await params;
  const oblast = oblastBySlug(slug);
  if (!oblast) return {};
  await connection();
  const asOf = pageAsOf(await searchParams);
  const feature = collectionOf(await requestSnapshot(), 'low', asOf).features.find((f) => f.properties.slug === oblast.slug)!;
  const { sentence } = feature.properties.status;
  const title = `${oblast.name} — who controls it, according to the sources${asOf ? `, up to ${formatDay(asOf)}` : ''}`;
  const canonical = `/regions/${oblast.slug}`;
  const url = `${canonical}${asOf ? `?asOf=${asOf}` : ''}`;
  // The preview is the region's summary card as of the same day as the page (the API's PNG, which
  // says "as reported up to …"), so a link shared from a past date previews that date.
  const image = { url: `/api/regions/${oblast.slug}/summary.png?size=landscape${asOf ? `&asOf=${asOf}` : ''}`, width: CARD_SIZES.landscape.width, height: CARD_SIZES.landscape.height, alt: `${oblast.name}: what the sources say about who controls it, with key quotes` };
  return {
    title: { absolute: title },
    description: sentence,
    alternates: { canonical },
    openGraph: { title, description: sentence, url, type: 'article', siteName: SITE_NAME, images: [image] },
    twitter: { card: 'summary_large_image', title, description: sentence, images: [image] },
  };
}

export default async function RegionPage({ params, searchParams }: Props) {
  // An unknown slug is a 404 before anything streams, so the not-found page is server-rendered.
  const { slug } = await params;
  const oblast = oblastBySlug(slug);
  if (!oblast) notFound();
  // Rendered per request (from the in-memory snapshot, a few ms) so each response carries its CSP
  // nonce and the current data; generateStaticParams still fixes the four valid slugs.
  await connection();
  const snapshot = await requestSnapshot();
  const query = await searchParams;
  // ?asOf=YYYY-MM-DD opens the map as of that day; an invalid date is ignored (the present).
  const asOf = pageAsOf(query);
  // The first page of each of the ledger's groups (by the side that says so) comes with the page;
  // the rest load when the reader asks.
  const pages = Object.fromEntries(SIDES.map((by) => [by, claimsPage(snapshot, oblast.slug, { limit: GROUP_PAGE_SIZE, after: null, asOf, by })]));
  // A link to one claim (?claim=id) is resolved here, so the panel opens on it at once; an id that
  // is unknown or another region's is resolved to nothing and ignored.
  const { claim: claimParam } = query;
  const linkedId = typeof claimParam === 'string' && claimParam.length <= 100 ? claimParam : null;
  const linked = linkedId ? snapshot.claimsById.get(linkedId) : undefined;
  const initialLinked = linkedId
    ? { id: linkedId, body: linked && linked.region === oblast.iso ? { claim: linked, region: oblast.slug, document: snapshot.documents.get(linked.quote.document)?.ref ?? null } : null }
    : undefined;
  return <Dashboard fallback={collectionOf(snapshot, 'low', asOf)} initialClaims={{ slug: oblast.slug, pages }} initialLinked={initialLinked} />;
}
