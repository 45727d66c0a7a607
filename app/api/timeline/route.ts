// GET /api/timeline: the days the articles were published and claims were made, with counts, for
// the time control's ticks.
import { timelineBody } from '@/lib/http/bodies';
import { cachedResponse } from '@/lib/http/response';
import { getSnapshot } from '@/lib/server/store';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

export async function GET(request: Request): Promise<Response> {
  return cachedResponse(request, timelineBody(await getSnapshot()));
}
