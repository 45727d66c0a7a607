// Puts one claim into words for the panel, the legend-free PNG card and link previews, always
// as something a source says, never as fact.
import type { Claim } from '@/lib/claims/types';
import { creditPhrase } from './status';

const EXTENT_WORDS = { all: 'all of', most: 'most of', part: 'parts of', none: 'none of' } as const;

export const KIND_HEADINGS: Record<Claim['kind'], string> = {
  control: 'Who controls it',
  advance: 'Where the front moves',
  'sovereignty-claim': 'Who claims it',
  demand: 'Who demands it',
  'legal-status': 'Status under international law',
  threat: 'Threats',
};

export const KIND_ORDER: Claim['kind'][] = ['control', 'advance', 'sovereignty-claim', 'demand', 'legal-status', 'threat'];

/** What the claim says, without who says it: "Russia controls all of Luhansk". */
export function describeClaim(claim: Claim, regionName: string | null): string {
  const where = regionName ?? 'Ukraine';
  switch (claim.kind) {
    case 'control': {
      const amount = claim.percent !== null && claim.extent !== 'all' && claim.extent !== 'none' ? `about ${claim.percent}% of` : EXTENT_WORDS[claim.extent ?? 'part'];
      return `${claim.actor} controls ${amount} ${where}`;
    }
    case 'advance':
      return claim.place ? `${claim.actor} is advancing near ${claim.place.name}` : `${claim.actor} is advancing in ${where}`;
    case 'sovereignty-claim':
      return `${claim.actor} claims ${where} as its own`;
    case 'demand':
      return `${claim.actor} demands that ${where} be handed over`;
    case 'legal-status':
      return `${where} is ${claim.actor}’s territory under international law`;
    case 'threat':
      return `${claim.actor} threatens to take ${regionName ? regionName : 'more territory'} by force`;
  }
}

/** The claim with its credit: "CNN reported that Russia controls all of Luhansk." */
export function attributedClaim(claim: Claim, regionName: string | null): string {
  const { lead, trailing } = creditPhrase(claim.attribution);
  return `${lead}${trailing ? ' that' : ''} ${describeClaim(claim, regionName)}.`;
}
