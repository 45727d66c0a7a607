// GET /api: an index of the routes, so the open data API explains itself.
import { cachedResponse, encode } from '@/lib/http/response';
import { API_INDEX } from '@/lib/http/api-index';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

const encoded = encode(API_INDEX);

export function GET(request: Request): Response {
  return cachedResponse(request, encoded);
}
