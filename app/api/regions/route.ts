// GET /api/regions: the four oblasts with their status, claim counts and key claims, as GeoJSON.
import { collectionBody } from '@/lib/http/bodies';
import { parseDetail } from '@/lib/http/params';
import { cachedResponse, jsonError } from '@/lib/http/response';
import { getSnapshot } from '@/lib/server/store';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

export async function GET(request: Request): Promise<Response> {
  const detail = parseDetail(new URL(request.url).searchParams);
  if (!detail.ok) return jsonError(400, detail.error, { allowed: detail.allowed });
  return cachedResponse(request, collectionBody(await getSnapshot(), detail.value));
}
