// The sides a claim can be filed under: the side its actor is (Russia, Ukraine, another party),
// and the side that says so (the speaker or outlet credited, else the publisher).
import type { Attribution } from '@/lib/claims/types';
import { publisherSide, sideOf as phraseSide, type Side as Party } from '@/lib/claims/actors';

export const SIDES = ['russia', 'ukraine', 'other'] as const;
export type Side = (typeof SIDES)[number];

/** What readers call each side, for headings and sentences. */
export const SIDE_NAMES: Record<Side, string> = { russia: 'Russian side', ukraine: 'Ukrainian side', other: 'Other sources' };

export function sideOf(actor: string): Side {
  return actor === 'Russia' ? 'russia' : actor === 'Ukraine' ? 'ukraine' : 'other';
}

const fromParty = (party: Party | null): Side | null => (party === 'Russia' ? 'russia' : party === 'Ukraine' ? 'ukraine' : null);

/**
 * The side that says so. A credited speaker or source that names a party or one of its officials
 * ("the Kremlin", "Vladimir Putin", "Kyiv", "Zelenskyy") speaks for it; an uncredited statement, or
 * one credited to a bare role ("the Head of State", "the President"), is the publisher's (the
 * Kremlin's site speaks for Russia, president.gov.ua for Ukraine); anyone else — a named person
 * the text does not place, an outlet such as CNN, an international body — is another source.
 */
export function speakerSide(attribution: Attribution, publisher: string | null): Side {
  const named = fromParty(phraseSide(`${attribution.source} ${attribution.speaker ?? ''}`));
  if (named) return named;
  const uncredited = !attribution.speaker && (attribution.source === publisher || /^(?:the\s|an?\s|[a-z])/.test(attribution.source));
  return (uncredited ? fromParty(publisherSide(publisher)) : null) ?? 'other';
}
