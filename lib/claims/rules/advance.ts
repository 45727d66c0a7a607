// advance: the actor gains ground, captures or recaptures a place; a completed withdrawal is an
// advance by the other side there (DESIGN: an advance is an actor gaining ground).
import { otherSide } from '../actors';
import { ADVANCE_GATE, advances, CAPTURE, capturesShare, readCapture } from '../capture';
import { clauseStart, hypotheticalBetween, negatedBetween, objectsEnd, subjectStart } from '../clauses';
import { lastQuantity } from '../extent';
import { formsOf, MOVEMENT_PREDICATES, nominalsOf, PASSIVE_CAPTURE_PREDICATES, CAPTURE_PREDICATES, WITHDRAWAL_PREDICATES } from '../lexicon';
import type { Rule } from '../rule';
import { activeOccupied, agentAfter, NOT_GROUND, objectsAfter, objectsBefore, possessorBefore, side, subjectOf } from '../syntax';

const MOVE = new RegExp(`\\b(?:${formsOf(MOVEMENT_PREDICATES)})\\b`, 'g');

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
  {
    // "Melitopol fell under Russian control": the place changed hands, an advance (as "fell to").
    id: 'advance.fell-under-control',
    kind: 'advance',
    priority: 69,
    gate: /under/i,
    trigger: /\b(?:fell|fallen|falls|fall|came|come|comes|passed|pass(?:es)?)\s+under\s+(?:the\s+)?(?:(?:full|complete|total|direct)\s+)?(Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+(?:(?:military|government)\s+)?control\b/g,
    read: (s, m) => {
      const from = subjectStart(s.text, m.index);
      if (negatedBetween(s.text, from, m.index) || hypotheticalBetween(s.text, from, m.index)) return null;
      const refs = objectsBefore(s, m.index, from);
      return refs.length ? advances(refs, side(m[1])) : null;
    },
    examples: [{ text: 'On 25 February, the city of Melitopol fell under Russian control.', claims: ['UA-23 advance Russia'] }],
  },
  {
    // "Russian forces have occupied Lysychansk": taking a town is an advance, not a share of the region.
    id: 'advance.occupied-town',
    kind: 'advance',
    priority: 72,
    gate: /occupied/,
    trigger: /\boccupied\b/g,
    read: (s, m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (!activeOccupied(s, start, end)) return null;
      const refs = objectsAfter(s, end, { maxGap: 60, maxLength: 200, country: true });
      if (!refs.length || !refs[0].place || lastQuantity(s.text.slice(end, refs[0].start)) || NOT_GROUND.test(s.text.slice(end, refs[0].start))) return null;
      const clause = clauseStart(s.text, start);
      const actor = subjectOf(s, start);
      if (!actor || negatedBetween(s.text, clause, start) || hypotheticalBetween(s.text, clause, start)) return [];
      return advances(refs.slice(0, 1), actor);
    },
    examples: [{ text: 'Russian forces have occupied Lysychansk.', claims: ['UA-09 advance Russia'] }],
  },
];
