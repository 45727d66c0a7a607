// Any /api path that is not a route: a JSON 404 that points at the index, never an HTML page.
import { jsonError } from '@/lib/http/response';
import { API_INDEX } from '@/lib/http/api-index';

const notFound = () => jsonError(404, 'no such API route; see /api for the routes', { routes: API_INDEX.routes.map((r) => r.path) });

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
