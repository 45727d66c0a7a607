'use client';
// The claim a link points at (?claim=), when it belongs to the open region. The server resolved the
// one the page was opened with; one selected later (a place on the map) is looked up. A claim of
// another region, or an unknown id, resolves to nothing and is ignored. A resolved claim's card is
// scrolled into view.
import { useEffect } from 'react';
import useSWR from 'swr';
import type { Claim } from '@/lib/claims/types';
import type { ClaimBody } from '@/lib/http/api-types';
import { fetchJson } from './fetch-json';

export interface LinkedClaim {
  /** The claim, when it is the open region's. */
  claim: Claim | null;
  document: ClaimBody['document'] | undefined;
}

export function useLinkedClaim(activeClaim: string | null, regionSlug: string | null, initial?: { id: string; body: ClaimBody | null }): LinkedClaim {
  const resolved = initial && initial.id === activeClaim ? initial : undefined;
  const { data: fetched } = useSWR<ClaimBody>(
    activeClaim && !resolved && /^[\w-]{1,80}$/.test(activeClaim) ? `/api/claims/${encodeURIComponent(activeClaim)}` : null,
    fetchJson,
    { revalidateOnFocus: false, shouldRetryOnError: false },
  );
  const body = resolved ? resolved.body : fetched;
  const claim = body && body.claim.id === activeClaim && regionSlug && body.region === regionSlug ? body.claim : null;
  // The panel shows it first; bring its card into view (it may open far down a long panel).
  useEffect(() => {
    if (claim) document.getElementById(`claim-${claim.id}`)?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [claim]);
  return { claim, document: body?.document ?? undefined };
}
