import { Dashboard } from '@/components/app/dashboard';
import { collectionOf } from '@/lib/http/bodies';
import { requestSnapshot } from './snapshot';

// Rendered per request from the current data, so a new article shows without a rebuild.
export const dynamic = 'force-dynamic';

export default async function Home() {
  // The server-rendered list and legend need each region's status, not fine outlines: the low
  // detail keeps the HTML small. The client's first fetch brings the medium outlines the map draws,
  // and the panel's claims come a page at a time.
  return <Dashboard fallback={collectionOf(await requestSnapshot(), 'low')} />;
}
