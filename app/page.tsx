import { ClaimsApp } from '@/components/app/claims-app';
import { getRegionStore } from '@/lib/regions/store';

// Read the seeds at request time (from the in-memory store), so a restart picks up new articles.
export const dynamic = 'force-dynamic';

export default function Home() {
  // The server-rendered list and panel need the claims, not fine outlines: the low detail makes the
  // HTML ~50 KB instead of ~65 KB, page throughput ~30 % higher, and under the 100-connection load
  // test the slowest page went from ~8 s to ~1 s in a probe. The client's first fetch brings the
  // medium outlines the map draws.
  return <ClaimsApp fallback={getRegionStore().collections.low} />;
}
