// The claim id: a stable hash of document id, quote span, kind and region (plus the actor and
// place, which can differ within one span), so a link to a claim survives restarts and reruns.
// Pure, so the core runs anywhere.

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits. */
function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

export interface ClaimKey {
  document: string;
  start: number;
  end: number;
  kind: string;
  region: string | null;
  actor: string;
  place: string | null;
}

export function claimId(key: ClaimKey): string {
  const parts = [key.document, key.start, key.end, key.kind, key.region ?? '-', key.actor, key.place ?? '-'];
  return 'c-' + fnv1a64(parts.join('\u0000'));
}
