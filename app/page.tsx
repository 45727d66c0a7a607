import { Dashboard } from '@/components/app/dashboard';
import { collectionOf } from '@/lib/http/bodies';
import { pageAsOf } from './page-params';
import { requestSnapshot } from './snapshot';

// Rendered per request from the current data, so a new article shows without a rebuild.
export const dynamic = 'force-dynamic';

export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // The server-rendered list and legend need each region's status, not fine outlines: the low
  // detail keeps the HTML small. The client's first fetch brings the medium outlines the map draws,
  // and the panel's claims come a page at a time.
  // ?asOf=YYYY-MM-DD opens the map as of that day; an invalid date is ignored (the present).
  return <Dashboard fallback={collectionOf(await requestSnapshot(), 'low', pageAsOf(await searchParams))} />;
}
