// GET /api/regions?detail=&asOf=: the four oblasts with their status as of a day (default: the
// present), claim counts and key claims, as GeoJSON.
import { collectionBody } from '@/lib/http/bodies';
import { parseAsOf, parseDetail } from '@/lib/http/params';
import { cachedResponse, jsonError } from '@/lib/http/response';
import { getSnapshot } from '@/lib/server/store';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const detail = parseDetail(params);
  if (!detail.ok) return jsonError(400, detail.error, { allowed: detail.allowed });
  const asOf = parseAsOf(params);
  if (!asOf.ok) return jsonError(400, asOf.error, { allowed: asOf.allowed });
  return cachedResponse(request, collectionBody(await getSnapshot(), detail.value, asOf.value));
}
