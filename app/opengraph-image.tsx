// The home page's preview card: the four regions and what the sources say about each.
import type { FeatureCollection } from 'geojson';
import { ImageResponse } from 'next/og';
import { createElement } from 'react';
import { OverviewCard } from '@/components/cards/overview-card';
import { cardFonts } from '@/lib/cards/fonts';
import { overviewCardData } from '@/lib/cards/overview-card-data';
import { CARD_SIZES } from '@/lib/cards/sizes';
import type { ContextProps } from '@/lib/geo/boundaries';
import type { Polygonal } from '@/lib/geo/round';
import { getRegionStore } from '@/lib/regions/store';
import { SITE_URL } from '@/lib/site';

export const runtime = 'nodejs';
export const size = CARD_SIZES.landscape;
export const contentType = 'image/png';
export const alt = 'Luhansk, Donetsk, Kherson and Zaporizhzhia coloured by what news sources claim about their control';

export default async function Image() {
  const store = getRegionStore();
  const { fonts, covers } = await cardFonts();
  const context = JSON.parse(store.encodedContext.body) as FeatureCollection<Polygonal, ContextProps>;
  const data = overviewCardData(
    { regions: store.collections.medium.features, context },
    { url: new URL(SITE_URL).host, generated: new Date().toISOString().slice(0, 10), covers },
  );
  return new ImageResponse(createElement(OverviewCard, { data }), { ...size, fonts });
}
