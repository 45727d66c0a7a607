// GET /api/context: the basemap layer (the other oblasts, Crimea included, and neighbouring countries).
import { cachedResponse } from '@/lib/http/response';
import { getRegionStore } from '@/lib/regions/store';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

export function GET(request: Request): Response {
  return cachedResponse(request, getRegionStore().encodedContext);
}
