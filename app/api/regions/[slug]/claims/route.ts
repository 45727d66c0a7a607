// GET /api/regions/{slug}/claims?limit=&cursor=&asOf=&side=&by=&kind=&source=: a page of a
// region's claims, newest first ({slug} may be `ukraine`: claims about Ukraine as a whole).
import { parseClaimsQuery } from '@/lib/http/listing-params';
import { etagOf, jsonError, jsonResponse } from '@/lib/http/response';
import { OBLAST_SLUGS } from '@/lib/oblasts';
import { claimsPage } from '@/lib/server/listings';
import { NATIONWIDE } from '@/lib/server/snapshot';
import { getSnapshot } from '@/lib/server/store';
import { resolveRegion } from '@/lib/urls/region-alias';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

const KNOWN = [...OBLAST_SLUGS, NATIONWIDE];

export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await ctx.params;
  const key = resolveRegion(slug)?.slug ?? (slug.toLowerCase() === NATIONWIDE ? NATIONWIDE : null);
  if (!key) return jsonError(404, `no region ${JSON.stringify(slug.slice(0, 60))}; use a slug, an ISO code or "ukraine"`, { known: KNOWN });
  const query = parseClaimsQuery(new URL(request.url).searchParams);
  if (!query.ok) return jsonError(400, query.error, query.allowed ? { allowed: query.allowed } : {});
  const snapshot = await getSnapshot();
  const { limit, after, side, by, kind, source, asOf } = query.value;
  return jsonResponse(request, etagOf(snapshot.version, key, limit, after, side, by, kind, source, asOf), () => claimsPage(snapshot, key, query.value));
}
