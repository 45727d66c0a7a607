// The preview card chat apps show for /regions/{slug}: the region's summary card, landscape,
// drawn from the current data once per data version.
import { createElement } from 'react';
import { drawCard } from '@/app/draw-card';
import { RegionCard } from '@/components/cards/region-card';
import { CARD_SIZES } from '@/lib/cards/sizes';
import { summaryCard } from '@/lib/cards/summary-card';
import { cacheHeaders } from '@/lib/http/response';
import { oblastBySlug } from '@/lib/oblasts';
import { cachedCard } from '@/lib/server/card-cache';
import { SITE_URL } from '@/lib/site';
import { requestSnapshot } from '../../snapshot';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const size = CARD_SIZES.landscape;
export const contentType = 'image/png';
export const alt = 'What the sources say about who controls this region, with key quotes';

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const oblast = oblastBySlug(slug);
  if (!oblast) return new Response('not found', { status: 404 });
  const snapshot = await requestSnapshot();
  const card = await summaryCard(snapshot, oblast.slug, 'landscape', new URL(SITE_URL).origin);
  const png = await cachedCard(snapshot.version, card.etag, () => drawCard(createElement(RegionCard, { data: card.data }), { ...size, fonts: card.fonts }));
  return new Response(png, { headers: { ...cacheHeaders(card.etag), 'Content-Type': contentType } });
}
