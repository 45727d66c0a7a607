// advance: the actor gains ground, captures or recaptures a place; a completed withdrawal is an
// advance by the other side there (DESIGN: an advance is an actor gaining ground).
import { otherSide, type Side } from '../actors';
import { clauseStart, hypotheticalBetween, negatedBetween, objectsEnd, subjectStart } from '../clauses';
import { lastQuantity, type Quantity } from '../extent';
import { CAPTURE_PREDICATES, formsOf, MOVEMENT_PREDICATES, nominalsOf, PASSIVE_CAPTURE_PREDICATES, WITHDRAWAL_PREDICATES } from '../lexicon';
import type { Draft, Ref, Sentence } from '../reading';
import type { Rule } from '../rule';
import { actorOf, agentAfter, infinitiveOfPurpose, NEW_PREDICATE, NOT_GROUND, objectsAfter, objectsBefore, PEOPLE_MOVING, possessorBefore, regionsOf, subjectOf } from '../syntax';

export const ADVANCE_GATE =
  /claim|establish|assum|withdr|pull|retreat|abandon|lost control|captur|seiz|took|tak(?:e|en|es|ing)\b|overr|recaptur|retak|retook|regain|liberat|enter|storm|advanc|push|dr(?:ove|ive|iven|iving)\b|clos|gain|progress|inroads|break|broke|encircl|mov|fell|fall|not\s+(?:yet\s+)?(?:fully|completely|entirely)/i;

export const CAPTURE = new RegExp(`\\b(?:${formsOf(CAPTURE_PREDICATES)})\\b`, 'g');
const MOVE = new RegExp(`\\b(?:${formsOf(MOVEMENT_PREDICATES)})\\b`, 'g');

export function advances(refs: Ref[], actor: Side): Draft[] {
  return regionsOf(refs).flatMap(({ region, place }) => (region ? [{ region, actor, extent: null, percent: null, place }] : []));
}

export interface CaptureReading {
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

// Words that make a withdrawal an order, wish or condition rather than an event.
const NOT_DONE = /\b(?:once|as\s+soon\s+as|until|demand\w*|insist\w*|call\w*\s+(?:on|for)|urg\w*|conditions?|ultimatum|terms|ask\w*|requir\w*|order\w*|wants?|refus\w*)\b/i;

export const ADVANCE_RULES: Rule[] = [
  {
    id: 'advance.passive-capture',
    kind: 'advance',
    priority: 50,
    gate: ADVANCE_GATE,
    trigger: new RegExp(`\\b(?:${formsOf(PASSIVE_CAPTURE_PREDICATES)})\\b`, 'g'),
    read: (s, m) => {
      const { text } = s;
      const start = m.index;
      const end = start + m[0].length;
      const from = subjectStart(text, start);
      if (negatedBetween(text, clauseStart(text, start), end) || hypotheticalBetween(text, clauseStart(text, start), start)) return null;
      const refs = objectsBefore(s, start, from).filter((r) => r.form === 'locality' || r.form === 'oblast' || r.form === 'anaphor' || r.form === 'group');
      const actor = agentAfter(s, /to$/.test(m[0]) ? end - 2 : end);
      return refs.length && actor ? advances(refs, actor) : null;
    },
    examples: [
      { text: 'Lyman was recaptured by Ukrainian forces on Saturday.', claims: ['UA-14 advance Ukraine'] },
      { text: 'Sievierodonetsk fell to Russian troops in June.', claims: ['UA-09 advance Russia'] },
    ],
  },
  {
    id: 'advance.nominal-capture',
    kind: 'advance',
    priority: 51,
    gate: ADVANCE_GATE,
    trigger: new RegExp(`\\b(?:${nominalsOf([...CAPTURE_PREDICATES, ...PASSIVE_CAPTURE_PREDICATES])})\\s+of\\b`, 'g'),
    read: (s, m) => {
      const { text } = s;
      const start = m.index;
      const end = start + m[0].length;
      const clause = clauseStart(text, start);
      if (negatedBetween(text, clause, start) || /\b(?:if|would|could|might|after|before|since|until)\b/.test(text.slice(clause, start))) return null;
      const refs = objectsAfter(s, end, { maxGap: 40, maxLength: 100 });
      // "Units of the Yug battlegroup have completed the liberation of …, the Russian Defense Ministry reported"
      const actor = possessorBefore(s, start) ?? agentAfter(s, objectsEnd(text, end, 100)) ?? subjectOf(s, start) ?? (s.credit ? s.speakerSide : null);
      return refs.length && actor ? advances(refs, actor) : null;
    },
    examples: [{ text: "Moscow hailed its forces' capture of Avdiivka.", claims: ['UA-14 advance Russia'] }],
  },
  {
    id: 'advance.capture',
    kind: 'advance',
    priority: 53,
    gate: ADVANCE_GATE,
    trigger: CAPTURE,
    read: (s, m) => {
      const c = readCapture(s, m, true);
      return c && !capturesShare(c) ? advances(c.refs, c.actor) : null;
    },
    examples: [
      { text: 'Ukrainian troops liberated Kherson on 11 November.', claims: ['UA-65 advance Ukraine'] },
      { text: 'Russian units took part in exercises near Melitopol.', claims: [] },
      { text: 'Russian forces took control of the plant, seizing Enerhodar the same day.', claims: ['UA-23 advance Russia'] },
      { text: 'The offensive stalled, with Ukrainian forces recapturing the city of Lyman.', claims: ['UA-14 advance Ukraine'] },
      { text: 'The Battle of Kherson was short. Russian forces captured the city on 1 March.', claims: ['UA-65 advance Russia'] },
    ],
  },
  {
    id: 'advance.movement',
    kind: 'advance',
    priority: 54,
    gate: ADVANCE_GATE,
    trigger: MOVE,
    read: (s, m) => {
      const c = readCapture(s, m, false);
      return c && !c.notFully ? advances(c.refs, c.actor) : null;
    },
    examples: [
      { text: 'Russian forces advanced toward Pokrovsk, the ministry said.', claims: ['UA-14 advance Russia'] },
      { text: 'Ukraine is taking steps to advance in the process of a peaceful settlement in Donbas.', claims: [] },
      { text: 'Lyman, which Russia had used as a base for its push towards Sloviansk, is quiet.', claims: [] },
    ],
  },
  {
    // A completed withdrawal hands the place to the other side: "Ukrainian troops have withdrawn
    // from Vuhledar" (or "have completed their withdrawal from") is an advance by Russia there.
    id: 'advance.completed-withdrawal',
    kind: 'advance',
    priority: 60,
    gate: ADVANCE_GATE,
    trigger: new RegExp(`\\b(?:${formsOf(WITHDRAWAL_PREDICATES)})\\b`, 'g'),
    read: (s, m) => {
      const { text } = s;
      const start = m.index;
      const end = start + m[0].length;
      // Leaving a place, not moving to one: "withdrew from X", "pulled out of X", "abandoned X";
      // leaving positions near X gives the other side ground near X, which is an advance too.
      // "pulled out of Krynky, a village on the left bank … in Kherson oblast": an appositive may name the region.
      const appositive = /^\s+(?:of|from)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,\s+(?:a|the)\s+(?:\w+\s+)?(?:village|town|city|settlement)\b/u.test(text.slice(end, end + 60));
      const refs = objectsAfter(s, end, { maxGap: appositive ? 110 : 60, maxLength: 160 });
      if (!refs.length) return null;
      const lead = text.slice(end, refs[0].start);
      if (!/^(?:abandon|lost)/.test(m[0]) && !/^\s+(?:(?:its|their|his|our|the|all|remaining)\s+(?:remaining\s+|last\s+)?(?:troops|forces|units|soldiers|servicemen)\s+)?(?:(?:out|back)\s+)?(?:from|of)\b/.test(lead)) return null;
      const clause = clauseStart(text, start);
      if (negatedBetween(text, clause, start) || hypotheticalBetween(text, clause, start) || NOT_DONE.test(text.slice(clause, start))) return null;
      // In the passive ("had been driven out of") the subject is still the side that left.
      const leaver = subjectOf(s, start);
      return leaver ? advances(refs, otherSide(leaver)) : null;
    },
    examples: [
      { text: 'Ukrainian units withdrew from Marinka after months of fighting.', claims: ['UA-14 advance Russia'] },
      { text: 'Kyiv has ordered its troops to withdraw from Sievierodonetsk.', claims: [] },
    ],
  },
];
