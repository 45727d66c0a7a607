// Annexation words ("annexed", "the annexation of", "accession … to Russia") and what they are
// about: the regions annexed and who annexes them. Read by the sovereignty and legal-status rules.
import type { Side } from './actors';
import { clauseStart, hypotheticalBetween, negatedBetween, objectsEnd } from './clauses';
import { regionsInContext } from './discourse';
import { ANNEX_PREDICATES, formsOf } from './lexicon';
import type { Ref, Sentence } from './reading';
import { agentAfter, antecedent, infinitiveOfPurpose, objectsAfter, objectsBefore, possessorBefore, reducedRelative, subjectOf } from './syntax';

// "the treaties on the “accession” of the so-called DPR … to the Russian Federation": accession
// counts only when the text says to what ("to Russia", "into the Russian Federation").
export const ANNEX_SOURCE = `\\b(?:${formsOf(ANNEX_PREDICATES)})\\b|\\baccession(?:['"”’]?\\s+of)?(?=[^.;]{0,160}\\b(?:to|into)\\s+(?:Russia|the\\s+Russian\\s+Federation)\\b)`;
const ANNEX_AT = new RegExp(ANNEX_SOURCE, 'y');

/** The regions an annexation word at `at` is about, and who annexes them; null when it says none. */
export function annexed(s: Sentence, at: number): { refs: Ref[]; actor: Side } | null {
  const { text } = s;
  ANNEX_AT.lastIndex = at;
  const m = ANNEX_AT.exec(text);
  if (!m) return null;
  const start = at;
  const end = start + m[0].length;
  const isNoun = /^annexation|^incorporation|^absorption|^accession/.test(m[0]);
  let clause = clauseStart(text, start);
  if (isNoun && /\b(?:plans?|bid|threat|attempts?|proposals?|talk)\s+(?:\w+\s+){0,2}$/.test(text.slice(0, start))) return null;
  let refs = objectsAfter(s, end, { maxGap: 40, maxLength: 140 });
  // The annexed land follows the verb directly ("annexed four regions — Donetsk, …"), not after a comma.
  if (refs.length && /[,:;]/.test(text.slice(end, refs[0].start)) && !/^\s*(?:four|two|three)\b/.test(text.slice(end))) refs = [];
  // "the annexation of Crimea and the war in Donbas": the place belongs to another noun.
  if (refs.length && /\b(?:war|fighting|conflict|situation|events|crisis|hostilities|aggression|invasion|people|residents)\s+(?:in|of|on)\s+(?:the\s+)?$/i.test(text.slice(end, refs[0].start))) refs = [];
  if (!refs.length) {
    const relative = reducedRelative(s, start);
    if (relative) {
      refs = relative.refs;
      clause = refs[refs.length - 1].end;
    } else refs = antecedent(s, start) ?? objectsBefore(s, start, clause);
  }
  // "the annexations", "this annexation", "their subsequent annexation": the regions just named.
  if (!refs.length && isNoun && /\b(?:the|this|that|these|its|their)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, start - 25), start)) && !/^\s+of\b/.test(text.slice(end))) {
    refs = regionsInContext(s, start);
  }
  if (!refs.length) return null;
  if (!isNoun && (negatedBetween(text, clause, start) || hypotheticalBetween(text, clause, start) || infinitiveOfPurpose(text, start))) return null;
  // A verb's subject annexes; a noun ("the annexation of X") has its possessor or agent, and the
  // sentence's subject is only someone talking about it ("Kyiv condemned the annexation …").
  const actor = isNoun ? possessorBefore(s, start) ?? agentAfter(s, objectsEnd(text, end, 140)) ?? 'Russia' : subjectOf(s, start) ?? possessorBefore(s, start) ?? 'Russia';
  return { refs, actor };
}

