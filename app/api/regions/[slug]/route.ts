// GET /api/regions/{slug}?detail=&asOf=: one oblast (slug or ISO code, any case) as a GeoJSON
// Feature, its status as of a day (default: the present).
import { featureBody } from '@/lib/http/bodies';
import { parseAsOf, parseDetail } from '@/lib/http/params';
import { cachedResponse, jsonError } from '@/lib/http/response';
import { OBLAST_SLUGS } from '@/lib/oblasts';
import { getSnapshot } from '@/lib/server/store';
import { resolveRegion } from '@/lib/urls/region-alias';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await ctx.params;
  const oblast = resolveRegion(slug);
  if (!oblast) return jsonError(404, `no region ${JSON.stringify(slug.slice(0, 60))}; use a slug or ISO code`, { known: OBLAST_SLUGS });
  const params = new URL(request.url).searchParams;
  const detail = parseDetail(params);
  if (!detail.ok) return jsonError(400, detail.error, { allowed: detail.allowed });
  const asOf = parseAsOf(params);
  if (!asOf.ok) return jsonError(400, asOf.error, { allowed: asOf.allowed });
  return cachedResponse(request, featureBody(await getSnapshot(), detail.value, oblast.slug, asOf.value));
}
