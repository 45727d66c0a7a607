// A rule is data: an id, a cheap sentence gate, a trigger pattern, an explicit priority, a
// reading of each trigger match, and the examples that are its unit tests. The engine
// (./extract) runs the rules in priority order; a span one rule has read is not read again.
import type { Draft, Sentence } from './reading';
import type { ClaimKind } from './types';

/** An example sentence and the claims the rule must read from it, as "region kind actor [extent]". */
export interface RuleExample {
  text: string;
  /** The publisher, when the reading depends on who speaks ("we liberated …"). */
  publisher?: string;
  claims: string[];
}

export interface Rule {
  /** `<kind>.<reading>`, e.g. "control.under-control"; carried by every claim it makes. */
  id: string;
  kind: ClaimKind;
  /** Lower runs first. Ties keep table order. */
  priority: number;
  /** A sentence that fails the gate is not searched for the trigger. */
  gate: RegExp;
  /** Global pattern; each match is read. */
  trigger: RegExp;
  /**
   * The claims a match makes, or null when the match is not this rule's reading (the span stays
   * free for later rules). An empty array reads the span without a claim (it is used up).
   */
  read: (s: Sentence, match: RegExpExecArray) => Draft[] | null;
  /**
   * Rules whose trigger overlaps another rule's reading on purpose (a second reading of the same
   * words, such as the law in "illegally annexed") neither skip nor use up spans.
   */
  shared?: boolean;
  examples: RuleExample[];
}
