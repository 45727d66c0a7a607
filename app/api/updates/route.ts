// GET /api/updates: server-sent events with the data version, now and whenever the articles change.
import { versionEvents } from '@/lib/http/events';
import { currentSnapshot, getSnapshot, onSnapshot } from '@/lib/server/store';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const first = await getSnapshot();
  return versionEvents(request, {
    current: () => (currentSnapshot() ?? first).version,
    subscribe: (listener) => onSnapshot((s) => listener(s.version)),
  });
}
