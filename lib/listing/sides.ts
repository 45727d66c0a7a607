// The side a claim is about, for filtering: its actor is Russia, Ukraine or another party.
export const SIDES = ['russia', 'ukraine', 'other'] as const;
export type Side = (typeof SIDES)[number];

export function sideOf(actor: string): Side {
  return actor === 'Russia' ? 'russia' : actor === 'Ukraine' ? 'ukraine' : 'other';
}
