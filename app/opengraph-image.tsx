// The home page's preview card: the four regions and what the sources say about each. Drawn from
// the current data (not at build time) once per data version, then served from memory.
import { createElement } from 'react';
import { drawCard } from '@/app/draw-card';
import { OverviewCard } from '@/components/cards/overview-card';
import { CARD_SIZES } from '@/lib/cards/sizes';
import { overviewCard } from '@/lib/cards/summary-card';
import { cacheHeaders } from '@/lib/http/response';
import { cachedCard } from '@/lib/server/card-cache';
import { requestOrigin } from './origin';
import { requestSnapshot } from './snapshot';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const size = CARD_SIZES.landscape;
export const contentType = 'image/png';
export const alt = 'Luhansk, Donetsk, Kherson and Zaporizhzhia coloured by what news sources claim about their control';

export default async function Image() {
  const snapshot = await requestSnapshot();
  const card = await overviewCard(snapshot, await requestOrigin());
  const png = await cachedCard(snapshot.version, card.etag, () => drawCard(createElement(OverviewCard, { data: card.data }), { ...size, fonts: card.fonts }));
  return new Response(png, { headers: { ...cacheHeaders(card.etag), 'Content-Type': contentType } });
}
