// GET /api/claims/{id}: one claim with its region and document, for links to a single claim.
import type { ClaimBody } from '@/lib/http/api-types';
import { etagOf, jsonError, jsonResponse } from '@/lib/http/response';
import { oblastByIso } from '@/lib/oblasts';
import { getSnapshot } from '@/lib/server/store';

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/response';

export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await ctx.params;
  const snapshot = await getSnapshot();
  const claim = snapshot.claimsById.get(id);
  if (!claim) return jsonError(404, `no claim ${JSON.stringify(id.slice(0, 80))}`);
  return jsonResponse(request, etagOf(snapshot.version, 'claim', id), (): ClaimBody => ({
    claim,
    region: claim.region ? (oblastByIso(claim.region)?.slug ?? null) : null,
    document: snapshot.documents.get(claim.quote.document)?.ref ?? null,
  }));
}
