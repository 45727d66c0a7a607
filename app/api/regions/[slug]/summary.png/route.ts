// GET /api/regions/{slug}/summary.png?size=landscape|square|story&asOf=YYYY-MM-DD: the region's
// summary card as of a day, drawn by next/og from the same data as the page, with the API's
// caching; drawn once per data version, size and day, then served from memory.
import { createElement } from 'react';
import { drawCard } from '@/app/draw-card';
import { RegionCard } from '@/components/cards/region-card';
import { CARD_SIZE_NAMES, CARD_SIZES, DEFAULT_CARD_SIZE, summaryFileName } from '@/lib/cards/sizes';
import { siteOrigin, summaryCard } from '@/lib/cards/summary-card';
import { parseAsOf, parseChoice } from '@/lib/http/params';
import { cacheHeaders, jsonError, notModified } from '@/lib/http/response';
import { OBLAST_SLUGS } from '@/lib/oblasts';
import { cachedCard } from '@/lib/server/card-cache';
import { getSnapshot } from '@/lib/server/store';
import { resolveRegion } from '@/lib/urls/region-alias';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

// Fonts are read from public/fonts with node:fs.
export const runtime = 'nodejs';

export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await ctx.params;
  const oblast = resolveRegion(slug);
  if (!oblast) return jsonError(404, `no region ${JSON.stringify(slug.slice(0, 60))}; use a slug or ISO code`, { known: OBLAST_SLUGS });
  const params = new URL(request.url).searchParams;
  const size = parseChoice(params, 'size', CARD_SIZE_NAMES, DEFAULT_CARD_SIZE);
  if (!size.ok) return jsonError(400, size.error, { allowed: size.allowed });
  const asOf = parseAsOf(params);
  if (!asOf.ok) return jsonError(400, asOf.error, { allowed: asOf.allowed });

  const snapshot = await getSnapshot();
  const card = await summaryCard(snapshot, oblast.slug, size.value, siteOrigin(request), { asOf: asOf.value });
  const unchanged = notModified(request, card.etag);
  if (unchanged) return unchanged;

  const { width, height } = CARD_SIZES[size.value];
  // Rendered in full before answering, so a drawing error is a JSON 500, not a truncated PNG.
  let png: ArrayBuffer;
  try {
    png = await cachedCard(snapshot.version, card.etag, () =>
      drawCard(createElement(RegionCard, { data: card.data }), { width, height, fonts: card.fonts }),
    );
  } catch (error) {
    console.error(`summary.png: rendering ${oblast.slug} (${size.value}) failed:`, error);
    return jsonError(500, `the ${oblast.slug} card could not be drawn`);
  }
  return new Response(png, {
    status: 200,
    headers: {
      ...cacheHeaders(card.etag),
      'Content-Type': 'image/png',
      'Content-Length': String(png.byteLength),
      'Content-Disposition': `inline; filename="${summaryFileName(oblast.slug, size.value, asOf.value ?? card.data.generated)}"`,
    },
  });
}
