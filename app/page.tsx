import { ClaimsApp } from '@/components/app/claims-app';
import { getRegionStore } from '@/lib/regions/store';

// Read the seeds at request time (from the in-memory store), so a restart picks up new articles.
export const dynamic = 'force-dynamic';

export default function Home() {
  return <ClaimsApp fallback={getRegionStore().collections.medium} />;
}
