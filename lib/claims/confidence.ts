// Each rule's confidence is its precision measured on labelled real text
// (`npx tsx scripts/score-claims.ts --write-confidence` rewrites ./confidence.json; see its header
// for how rules with few observations are estimated). A claim's confidence is its rule's.
import table from './confidence.json';

const BY_RULE: Record<string, number> = (table as { rules: Record<string, { confidence: number }> }).rules
  ? Object.fromEntries(Object.entries((table as { rules: Record<string, { confidence: number }> }).rules).map(([id, r]) => [id, r.confidence]))
  : {};

/**
 * Claims under this confidence do not set a region's status (the UI still lists them, marked).
 * Every rule measures ≥ 0.8 today, so nothing is excluded now; the threshold is the policy for a
 * rule that drops (a rule under 0.8 is to be fixed or removed) or a new rule not yet measured,
 * which gets the table's default of 0.5 until `--write-confidence` measures it.
 */
export const STATUS_CONFIDENCE_THRESHOLD = 0.6;

/** Claims under this confidence are marked as low confidence wherever they are listed. */
export const LOW_CONFIDENCE = 0.8;

/** The measured precision of a rule; a rule never measured gets the table's default. */
export function confidenceOf(rule: string): number {
  return BY_RULE[rule] ?? (table as { default: number }).default;
}
