// The API addresses the dashboard reads, in one place for the server render (which names them in
// <link rel=preload> so they load with the page's scripts) and the client (which fetches them).
export const CONTEXT_URL = '/api/context';

export function regionsUrl(asOf: string | null): string {
  return `/api/regions?detail=medium${asOf ? `&asOf=${asOf}` : ''}`;
}
