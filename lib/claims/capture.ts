// Reading an active capture or movement verb ("Russia captured Lyman", "advanced toward
// Pokrovsk"): its subject, its objects, and whether it says how much is held. Shared by the
// advance rules and the captured-share control rule.
import type { Side } from './actors';
import { clauseStart, hypotheticalBetween, negatedBetween, objectsEnd } from './clauses';
import { lastQuantity, type Quantity } from './extent';
import { CAPTURE_PREDICATES, formsOf } from './lexicon';
import type { Draft, Ref, Sentence } from './reading';
import { actorOf, infinitiveOfPurpose, NEW_PREDICATE, NOT_GROUND, objectsAfter, PEOPLE_MOVING, regionsOf, subjectOf } from './syntax';

export const ADVANCE_GATE =
  /claim|establish|assum|withdr|pull|retreat|abandon|lost control|driven|forced|thrown|kicked|expelled|ousted|captur|seiz|took|tak(?:e|en|es|ing)\b|overr|recaptur|retak|retook|regain|liberat|enter|storm|advanc|push|dr(?:ove|ive|iven|iving)\b|clos|gain|progress|inroads|break|broke|encircl|mov|fell|fall|not\s+(?:yet\s+)?(?:fully|completely|entirely)/i;

export const CAPTURE = new RegExp(`\\b(?:${formsOf(CAPTURE_PREDICATES)})\\b`, 'g');

export function advances(refs: Ref[], actor: Side): Draft[] {
  return regionsOf(refs).flatMap(({ region, place }) => (region ? [{ region, actor, extent: null, percent: null, place }] : []));
}

interface CaptureReading {
  refs: Ref[];
  actor: Side;
  /** "has not yet taken the whole of": only part is held. */
  notFully: boolean;
  /** The quantity in front of the first object ("most of"). */
  quantity: Quantity | null;
}

/** An active capture or movement verb with its subject and objects; shared by the advance and captured-share rules. */
export function readCapture(s: Sentence, m: RegExpExecArray, capture: boolean): CaptureReading | null {
  const { text } = s;
  const start = m.index;
  const end = start + m[0].length;
  // An adjective ("the captured town") or a passive is read elsewhere; "is advancing" is not one.
  // A determiner makes it a noun ("its push towards Sloviansk", "the advance on Kherson"): read by the nominal rule if at all.
  if (!/ing$/.test(m[0]) && /\b(?:the|a|an|was|were|been|being|is|are|its|their|his|her|our|this|that|whose)\s+$/.test(text.slice(Math.max(0, start - 8), start))) return null;
  // "capturing the Donbas remains his goal": a gerund names an aim, not an event.
  // A participle clause is an event, though: "…, seizing Enerhodar the same day", "with Ukrainian forces recapturing Lyman".
  const doer = s.actors.find((a) => a.actor && a.end <= start && start - a.end <= 2);
  const participle = /,\s*(?:then\s+)?$/.test(text.slice(Math.max(0, start - 8), start)) || doer !== undefined;
  if (capture && /ing$/.test(m[0]) && !participle && !/\b(?:is|are|was|were|been|now|still)\s+$/.test(text.slice(Math.max(0, start - 8), start))) return null;
  // "took part in exercises", "took place in", "take steps": idioms, not captures.
  if (capture && /^t[ao]o?k/.test(m[0]) && /^\s+(?:part|place|office|power|steps|measures|note|care|questions|hostage|prisoners?|the\s+floor|responsibility|aim|shelter|cover|refuge|away|out)\b/.test(text.slice(end))) return null;
  const clause = clauseStart(text, start);
  const refs = objectsAfter(s, end, { maxGap: 90, maxLength: 140 });
  if (!refs.length) return null;
  const gap = text.slice(end, refs[0].start);
  if (capture && NOT_GROUND.test(gap)) return null;
  // "advance in the process of … a settlement in Donbas": progress in talks is not ground.
  if (/\b(?:process|talks|negotiations|(?:peaceful|political|diplomatic)\s+settlement|dialogue|reforms?|cooperation|integration|relations|agenda|interests|efforts|careers?)\b/i.test(gap)) return null;
  // "captured our Crimean peninsula and started a war in Donbas": the place belongs to another verb.
  if (NEW_PREDICATE.test(gap) || /[,;]\s*(?:though|although|while|whereas|but)\b/.test(gap)) return null;
  // "took the boy to Novoazovsk", "entered Russia from the DPR": a place someone is moved to or
  // leaves is not one taken; nor is ground that people, not forces, move through.
  if (/\b(?:to|from|towards?)\s+(?:the\s+)?(?:\S+\s+){0,2}$/.test(gap) && !/^\s+(?:back|over|control)\b/.test(gap) && capture) return null;
  if (PEOPLE_MOVING.test(text.slice(clause, start)) || PEOPLE_MOVING.test(gap)) return null;
  if (infinitiveOfPurpose(text, start)) return null;
  // "capturing the Donbas remains his goal", "to take Pokrovsk is the aim": an aim, not an event
  // (a finite verb — "had liberated Robotyne, a key objective" — still reports one).
  if ((/ing$/.test(m[0]) || /\bto\s+$/.test(text.slice(Math.max(0, start - 4), start))) && /\b(?:goal|aim|objective|priority|intention|task|target|ambition)\b/i.test(text.slice(end, objectsEnd(text, end, 200) + 40))) return null;
  const lead = text.slice(clause, start);
  // "has not yet taken the whole of the Donetsk region" says it holds only part of it.
  const wholeObject = capture && lastQuantity(text.slice(end, refs[0].start))?.extent === 'all' && refs[0].form !== 'locality';
  const notFully =
    /\bnot\s+(?:yet\s+)?(?:fully|completely|entirely)\s+$|\byet\s+to\s+(?:fully\s+)?$/.test(lead) ||
    (wholeObject && negatedBetween(text, clause, start) && !hypotheticalBetween(text, clause, start));
  if (!notFully && (negatedBetween(text, clause, start) || hypotheticalBetween(text, clause, start))) return null;
  // A unit the actor list does not know ("the Yug battlegroup") fights for the side whose
  // ministry or commander reports its gains.
  const actor = (doer && /ing$/.test(m[0]) ? actorOf(s, doer) : null) ?? subjectOf(s, start) ?? (s.credit ? s.speakerSide : null);
  if (!actor) return null;
  return { refs, actor, notFully, quantity: lastQuantity(text.slice(end, refs[0].start)) };
}

/** Capturing "most of" a region, or not all of it, or a site in it, says how much is held: that is control, not an advance. */
export function capturesShare(c: CaptureReading): boolean {
  const q = c.quantity;
  // Seizing a site ("the Zaporizhzhia nuclear power plant") is holding a point in the region, not an advance.
  return c.notFully || c.refs[0].form === 'site' || (q !== null && c.refs[0].form !== 'locality' && (q.percent !== null || q.extent !== 'part'));
}

