// The dashboard's address for what a reader has open: the region is the path, the claim and the
// date are the query (`/regions/donetsk?asOf=2022-05-01&claim=c-…`); the map view, the hash, is
// added by whoever knows it. One builder, so the panel, the history and "Read in context" agree.
export interface ViewState {
  slug: string | null;
  claim: string | null;
  asOf: string | null;
}

export function viewUrl({ slug, claim, asOf }: ViewState, hash = ''): string {
  const params = new URLSearchParams();
  if (asOf) params.set('asOf', asOf);
  if (claim) params.set('claim', claim);
  const query = params.toString();
  return `${slug ? `/regions/${slug}` : '/'}${query ? `?${query}` : ''}${hash}`;
}

/**
 * A return address a page may link back to: a same-origin path to the map (/ or /regions/{slug})
 * with an optional query and hash; anything else (another origin, //host, another page) is null.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 300) return null;
  return /^\/(?:regions\/[a-z]+)?(?:\?[\w\-.=&%]*)?(?:#[\w\-./]*)?$/.test(value) ? value : null;
}
