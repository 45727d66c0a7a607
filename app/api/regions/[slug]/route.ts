// GET /api/regions/{slug}: one oblast (slug or ISO code, any case) as a GeoJSON Feature.
import { featureBody } from '@/lib/http/bodies';
import { parseDetail } from '@/lib/http/params';
import { cachedResponse, jsonError } from '@/lib/http/response';
import { OBLAST_SLUGS } from '@/lib/oblasts';
import { getSnapshot } from '@/lib/server/store';
import { resolveRegion } from '@/lib/urls/region-alias';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await ctx.params;
  const oblast = resolveRegion(slug);
  if (!oblast) return jsonError(404, `no region ${JSON.stringify(slug.slice(0, 60))}; use a slug or ISO code`, { known: OBLAST_SLUGS });
  const detail = parseDetail(new URL(request.url).searchParams);
  if (!detail.ok) return jsonError(400, detail.error, { allowed: detail.allowed });
  return cachedResponse(request, featureBody(await getSnapshot(), detail.value, oblast.slug));
}
