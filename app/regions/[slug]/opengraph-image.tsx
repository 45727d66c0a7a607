// The preview card chat apps show for /regions/{slug}: the region's summary card, landscape.
import { ImageResponse } from 'next/og';
import { createElement } from 'react';
import { RegionCard } from '@/components/cards/region-card';
import { CARD_SIZES } from '@/lib/cards/sizes';
import { summaryCard } from '@/lib/cards/summary-card';
import { oblastBySlug } from '@/lib/oblasts';
import { SITE_URL } from '@/lib/site';

export const runtime = 'nodejs';
export const size = CARD_SIZES.landscape;
export const contentType = 'image/png';
export const alt = 'What the sources say about who controls this region, with key quotes';

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const oblast = oblastBySlug(slug);
  if (!oblast) return new Response('not found', { status: 404 });
  const card = await summaryCard(oblast.slug, 'landscape', new URL(SITE_URL).origin);
  return new ImageResponse(createElement(RegionCard, { data: card.data }), { ...size, fonts: card.fonts });
}
