// The three geometry detail levels the API serves (?detail=low|medium|full) and how each is made.
import type { DetailSpec } from './simplify';

export const DETAIL_LEVELS = ['low', 'medium', 'full'] as const;
export type DetailLevel = (typeof DETAIL_LEVELS)[number];
export const DEFAULT_DETAIL: DetailLevel = 'medium';

// Natural Earth's 10m admin-1 has ~600–900 vertices an oblast; "full" keeps them all.
// Tolerances were chosen so that each level stays within 1 % of the full area (tested at 3 %).
export const DETAIL_SPECS: Record<DetailLevel, DetailSpec> = {
  full: { tolerance: 0, decimals: 5 },
  medium: { tolerance: 0.003, decimals: 4 },
  low: { tolerance: 0.015, decimals: 3 },
};

export function isDetailLevel(value: string): value is DetailLevel {
  return (DETAIL_LEVELS as readonly string[]).includes(value);
}
