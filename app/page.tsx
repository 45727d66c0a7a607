import { Dashboard } from '@/components/app/dashboard';
import { collectionOf } from '@/lib/http/bodies';
import { firstViewCollection } from '@/lib/presentation/region-view';
import { pageAsOf } from './page-params';
import { requestSnapshot } from './snapshot';

// Rendered per request from the current data, so a new article shows without a rebuild.
export const dynamic = 'force-dynamic';

export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // The server-rendered list and legend need each region's status, not fine outlines or the panel's
  // key claims: the low detail without them keeps the HTML small. The page preloads the medium
  // outlines the map draws (with the key claims), and the panel's claims come a page at a time.
  // ?asOf=YYYY-MM-DD opens the map as of that day; an invalid date is ignored (the present).
  return <Dashboard fallback={firstViewCollection(collectionOf(await requestSnapshot(), 'low', pageAsOf(await searchParams)))} />;
}
