// Each rule's confidence is its precision measured on labelled real text
// (`npx tsx scripts/score-claims.ts --write-confidence` rewrites ./confidence.json; see its header
// for how rules with few observations are estimated). A claim's confidence is its rule's.
import table from './confidence.json';

const BY_RULE: Record<string, number> = (table as { rules: Record<string, { confidence: number }> }).rules
  ? Object.fromEntries(Object.entries((table as { rules: Record<string, { confidence: number }> }).rules).map(([id, r]) => [id, r.confidence]))
  : {};

/**
 * Claims under this confidence do not set a region's status (the UI still lists them, marked).
 * It sits at 0.6, not at the 0.8 a rule should reach: the main control and demand rules measure
 * 0.67–0.68 on real text today, and excluding them would leave most regions without a status.
 */
export const STATUS_CONFIDENCE_THRESHOLD = 0.6;

/** Claims under this confidence are marked as low confidence wherever they are listed. */
export const LOW_CONFIDENCE = 0.8;

/** The measured precision of a rule; a rule never measured gets the table's default. */
export function confidenceOf(rule: string): number {
  return BY_RULE[rule] ?? (table as { default: number }).default;
}
