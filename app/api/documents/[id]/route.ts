// GET /api/documents/{id}: one source document's text and metadata, for reading a quote in context.
import { cacheHeaders, etagOf, jsonError, notModified } from '@/lib/http/response';
import { documentText } from '@/lib/server/document-text';
import { getSnapshot } from '@/lib/server/store';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await ctx.params;
  const snapshot = await getSnapshot();
  const entry = snapshot.documents.get(id);
  if (!entry) return jsonError(404, `no document ${JSON.stringify(id.slice(0, 80))}; see /api/documents for the list`);
  // The content key is the ETag: it changes exactly when the text or metadata does.
  const etag = etagOf('document', entry.key);
  const unchanged = notModified(request, etag);
  if (unchanged) return unchanged;
  const read = documentText(snapshot, id);
  if (!read.ok) {
    const res = jsonError(503, `document ${JSON.stringify(id)} changed on disk and is being read again; try again in a moment`);
    res.headers.set('Retry-After', '2');
    return res;
  }
  return new Response(JSON.stringify(read.document), { status: 200, headers: { ...cacheHeaders(etag), 'Content-Type': 'application/json; charset=utf-8' } });
}
