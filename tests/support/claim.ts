// One claim record for unit tests: the contract's every field with plain defaults, so a test
// states only what it is about.
import type { Claim } from '@/lib/claims/types';

export function testClaim(over: Partial<Claim> = {}): Claim {
  return {
    id: 'c-0000000000000000',
    region: 'UA-14',
    kind: 'control',
    actor: 'Russia',
    extent: 'part',
    percent: null,
    place: null,
    attribution: { source: 'CNN', speaker: null, verb: 'reported' },
    date: null,
    rule: 'control.holds',
    confidence: 0.9,
    quote: { document: 'doc-a', start: 0, end: 10, text: 'some words' },
    ...over,
  };
}
