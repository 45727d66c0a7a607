// GET /api/documents?limit=&cursor=: the source documents, newest first, a page at a time.
import { parseDocumentsQuery } from '@/lib/http/listing-params';
import { etagOf, jsonError, jsonResponse } from '@/lib/http/response';
import { documentsPage } from '@/lib/server/listings';
import { getSnapshot } from '@/lib/server/store';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

export async function GET(request: Request): Promise<Response> {
  const query = parseDocumentsQuery(new URL(request.url).searchParams);
  if (!query.ok) return jsonError(400, query.error);
  const snapshot = await getSnapshot();
  return jsonResponse(request, etagOf(snapshot.version, 'documents', query.value.limit, query.value.after), () => documentsPage(snapshot, query.value));
}
