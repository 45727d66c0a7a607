// GET /api/context: the basemap layer (the other oblasts, Crimea included, and neighbouring countries).
import { contextBody } from '@/lib/http/bodies';
import { cachedResponse } from '@/lib/http/response';
import { getSnapshot } from '@/lib/server/store';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

export async function GET(request: Request): Promise<Response> {
  return cachedResponse(request, contextBody(await getSnapshot()));
}
