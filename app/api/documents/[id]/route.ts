// GET /api/documents/{id}: one source document's text and metadata, for reading a quote in context.
import { cachedResponse, jsonError } from '@/lib/http/response';
import { getRegionStore } from '@/lib/regions/store';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await ctx.params;
  const store = getRegionStore();
  const encoded = store.encodedDocuments.get(id);
  if (!encoded) return jsonError(404, `no document ${JSON.stringify(id.slice(0, 80))}`, { known: [...store.documents.keys()] });
  return cachedResponse(request, encoded);
}
