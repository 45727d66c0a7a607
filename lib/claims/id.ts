// The claim id: a stable hash of document id, quote span, kind and region (plus the actor and
// place, which can differ within one span), so a link to a claim survives restarts and reruns.
// Pure, so the core runs anywhere.

/**
 * 64 bits of hash as 16 hex digits: two 32-bit FNV-1a passes over the UTF-16 code units with
 * different offsets. Math.imul keeps it in 32-bit integer arithmetic, which is fast and exact.
 */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
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
  return 'c-' + hash64(parts.join('\u0000'));
}
