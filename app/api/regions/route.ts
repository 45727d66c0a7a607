// GET /api/regions: the four oblasts with their claims and status, as GeoJSON.
import { parseDetail } from '@/lib/http/params';
import { cachedResponse, jsonError } from '@/lib/http/response';
import { getRegionStore } from '@/lib/regions/store';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

export function GET(request: Request): Response {
  const detail = parseDetail(new URL(request.url).searchParams);
  if (!detail.ok) return jsonError(400, detail.error, { allowed: detail.allowed });
  return cachedResponse(request, getRegionStore().encodedCollections[detail.value]);
}
