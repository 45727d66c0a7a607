// control: the actor holds all or part of the region — as a state ("under Russian control"), an
// adjective ("Russian-held Melitopol"), a verb ("Russia controls most of Luhansk"), or a share
// captured ("captured most of Luhansk").
import { clauseStart, hypotheticalBetween, isListGlue, negatedBetween, subjectStart } from '../clauses';
import { otherSide, type Side } from '../actors';
import { lastQuantity, type Quantity } from '../extent';
import { formsOf, HOLD_PREDICATES } from '../lexicon';
import { ADVANCE_GATE, CAPTURE, capturesShare, readCapture } from '../capture';
import type { Draft, Ref, Sentence } from '../reading';
import type { Rule } from '../rule';
import {
  actorOf,
  agentAfter,
  agentMentionAfter,
  antecedent,
  askedToCede,
  framingRegion,
  groundInRegion,
  HELD_GROUND,
  infinitiveOfPurpose,
  isPassive,
  side,
  NEW_PREDICATE,
  NOT_GROUND,
  objectsAfter,
  objectsBefore,
  OTHER_PLACE,
  reducedRelative,
  regionsOf,
  subjectOf,
} from '../syntax';

const GATE = /control|occup|hold|held|hands|retain|keep/i;

/**
 * One control claim per referenced region, with the extent read from the words in front of
 * each name; a negated verb ("no longer controls any") turns into none, or part for "not fully".
 */
function holdings(s: Sentence, refs: Ref[], actor: Side, objectsFrom: number, negation: Quantity | null): Draft[] {
  const out: Draft[] = [];
  let prevEnd = objectsFrom;
  let inherited: Quantity | null = null;
  let partOfRegion = false;
  const oblastsListed = new Set(refs.filter((r) => !r.place).flatMap((r) => r.regions));
  for (const ref of refs) {
    // "most of the Zaporizhzhia region, including the city of Melitopol": the town is an example, not a second claim.
    if (ref.place && ref.regions.every((r) => r !== null && oblastsListed.has(r))) continue;
    const gap = s.text.slice(prevEnd, ref.start);
    let q = lastQuantity(gap);
    if (!q && inherited && isListGlue(gap)) q = inherited;
    inherited = q;
    prevEnd = ref.end;
    // "the cities of Donetsk and Luhansk": the noun before the list covers every name in it.
    partOfRegion = PART_OF_REGION.test(gap) || (partOfRegion && isListGlue(gap));
    let extent: Draft['extent'];
    let percent: number | null = q?.percent ?? null;
    if (negation) {
      extent = negation.extent === 'part' || q?.extent === 'all' ? 'part' : 'none';
      percent = null;
    } else if (ref.place || ref.form === 'site') {
      extent = q?.extent === 'none' ? 'none' : 'part';
      percent = null;
    } else if (partOfRegion) {
      // "the cities of Donetsk and Luhansk", "the southern areas of Kherson": part of the oblast.
      extent = 'part';
      percent = null;
    } else if (q) {
      extent = q.extent;
    } else {
      extent = /\b(?:in|inside|within|across)\s+(?:the\s+)?(?:\w+\s+)?$/.test(gap) ? 'part' : 'all';
    }
    for (const region of ref.regions) out.push({ region, actor, extent, percent, place: ref.place });
  }
  return out;
}

const PART_OF_REGION =
  /\b(?:cities|city|towns?|villages?|areas?|districts?|parts?|regions|territories|(?:southern|northern|eastern|western|central)\s+\w+)\s+(?:of|in)\s+(?:the\s+)?(?:\w+\s+)?$/i;

/** "not fully", "None of … were fully": a negated whole is a part. */
function notFully(text: string, clause: number, at: number): boolean {
  const lead = text.slice(clause, at);
  return /\b(?:fully|completely|entirely|wholly|totally)\s+(?:\w+\s+)?$/.test(lead) && /\b(?:not|n['’]t|never|none|no)\b/i.test(lead);
}

/** Part of each referenced region, held by the actor. */
function parts(refs: Ref[], actor: Side): Draft[] {
  return regionsOf(refs).map(({ region, place }) => ({ region, actor, extent: 'part', percent: null, place }));
}



const HOLD_VERB = new RegExp(`\\b(?:${formsOf(HOLD_PREDICATES)})\\b`, 'g');


export const CONTROL_RULES: Rule[] = [
  {
    id: 'control.captured-share',
    kind: 'control',
    priority: 52,
    gate: ADVANCE_GATE,
    trigger: CAPTURE,
    read: (s, m) => {
      const c = readCapture(s, m, true);
      if (!c || !capturesShare(c)) return null;
      const q = c.quantity;
      const partial = c.notFully || q === null;
      return regionsOf(c.refs).map(({ region, place }) => ({
        region,
        actor: c.actor,
        extent: partial ? 'part' : q.extent,
        percent: partial ? null : q.percent,
        place,
        collective: c.notFully && c.refs.length > 1,
      }));
    },
    examples: [
      { text: 'Russian forces have captured most of the Luhansk region.', claims: ['UA-09 control Russia most'] },
      { text: 'Russian forces have not yet taken the whole of the Luhansk region.', claims: ['UA-09 control Russia part'] },
      { text: 'Russian troops seized the Zaporizhzhia nuclear power plant in March.', claims: ['UA-23 control Russia part'] },
    ],
  },
  {
    // "which it has claimed but not fully captured": the relative clause's second verb.
    id: 'control.not-fully-captured',
    kind: 'control',
    priority: 55,
    gate: /not\s+(?:yet\s+)?(?:fully|completely|entirely)/i,
    trigger: /\bnot\s+(?:yet\s+)?(?:fully|completely|entirely)\s+(?:captured|taken|seized|controlled|occupied)\b/g,
    read: (s, m) => {
      const refs = antecedent(s, m.index);
      if (!refs) return null;
      const actor = subjectOf(s, m.index);
      if (!actor) return null;
      const collective = regionsOf(refs).length > 1;
      return regionsOf(refs).map(({ region, place }) => ({ region, actor, extent: 'part', percent: null, place, collective }));
    },
    examples: [{ text: 'Russia annexed the Donetsk region, which it has not fully captured.', claims: ['UA-14 control Russia part', 'UA-14 sovereignty-claim Russia'] }],
  },
  {
    id: 'control.under-control',
    kind: 'control',
    priority: 70,
    gate: /under|hands/i,
    trigger:
      /\bunder\s+(?:the\s+)?(?:(?:full|complete|total|partial|direct|effective|de\s+facto)\s+)?(Russian|Ukrainian|Russia['’]s|Ukraine['’]s|Kyiv['’]s|Moscow['’]s|Kiev['’]s)\s+(?:(?:military|government|state|armed\s+forces['’])\s+)?(?:control|occupation|rule)\b|\bunder\s+(?:temporary\s+)?(occupation)\b|\bunder\s+(?:the\s+)?control\s+of\b|\bin\s+(Russian|Ukrainian)\s+hands\b/g,
    read: (s, m) => {
      const { text } = s;
      const start = m.index;
      const end = start + m[0].length;
      // Bare "under occupation" is Russia's, as with the bare adjective "occupied" below.
      const adjective = m[1] ?? m[3] ?? (m[2] ? 'Russian' : undefined);
      const actor: Side | null = adjective ? side(adjective) : agentAfter(s, end - 2);
      const from = subjectStart(text, start);
      if (!actor || hypotheticalBetween(text, from, start)) return null;
      const partial = notFully(text, clauseStart(text, start), start);
      // "the largest cities of the oblast not under Russian control": still held by the other side.
      const notUnder = /\b(?:not|never|no\s+longer)\s+$/.test(text.slice(Math.max(0, start - 12), start));
      if (!partial && !notUnder && negatedBetween(text, from, start)) return null;
      let refs = objectsBefore(s, start, from);
      let objectsFrom = from;
      if (!refs.length) {
        // "the only parts of the oblast that remained under Ukrainian control"
        const before = antecedent(s, start);
        if (before) {
          refs = before;
          objectsFrom = Math.max(0, before[0].start - 40);
        }
      }
      if (!refs.length) refs = objectsAfter(s, end, { maxGap: 30, maxLength: 80 });
      if (!refs.length) return null;
      if (notUnder) return parts(refs, otherSide(actor));
      return partial ? parts(refs, actor) : holdings(s, refs, actor, objectsFrom, null);
    },
    examples: [
      { text: 'Melitopol has been under Russian occupation since March 2022.', claims: ['UA-23 control Russia part'] },
      { text: 'Most of the Luhansk region is under Russian control.', claims: ['UA-09 control Russia most'] },
      { text: 'By May, Lysychansk was the largest city of the Luhansk region not under Russian control.', claims: ['UA-09 control Ukraine part'] },
      { text: 'Lysychansk was among the few parts of the Luhansk region that remained under Ukrainian control.', claims: ['UA-09 control Ukraine part'] },
    ],
  },
  {
    id: 'control.held-adjective',
    kind: 'control',
    priority: 71,
    gate: /held|controlled|occupied/i,
    trigger: /\b(?:(Russian|Ukrainian|Kyiv|Kiev|Moscow|Russia|Ukraine)-(?:held|controlled|occupied)|(?:temporarily\s+)?occupied)\b/gi,
    read: (s, m) => {
      const { text } = s;
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 25), start);
      const prefix = m[1];
      if (!prefix) {
        // "occupied" after an auxiliary or a party is a verb, read below.
        if (/\b(?:is|are|was|were|been|being|be|has|have|had|remains?|remained)\s+(?:\w+ly\s+)?$/.test(before)) return null;
        if (/^\s+by\b/.test(text.slice(end))) return null;
        if (s.actors.some((a) => a.end <= start && start - a.end <= 2)) return null;
      }
      const actor: Side = prefix ? side(prefix) : 'Russia';
      const around = s.refs.find((r) => r.start <= start && r.end >= end && r.form !== 'country');
      let refs = around ? [around] : objectsAfter(s, end, { maxGap: 45, maxLength: 90 });
      // The adjective modifies its own noun phrase: "occupied districts of the Donetsk region", not a later clause.
      if (!around && refs.length && !/^\s+(?:[\p{Ll}-]+\s+){0,4}$/u.test(text.slice(end, refs[0].start).replace(/\b(?:of|in)\s+the\s+\p{Lu}[\p{L}'’-]*\s+/gu, 'of '))) refs = [];
      // "Kherson, Melitopol and all other temporarily occupied cities": the list before.
      if (!refs.length && /\b(?:and|or)\s+(?:all\s+|many\s+|the\s+)?other\s+(?:temporarily\s+)?$/.test(text.slice(Math.max(0, start - 40), start))) {
        const prior = s.refs.filter((r) => r.end <= start && r.form !== 'country');
        const list: Ref[] = [];
        for (let i = prior.length - 1; i >= 0; i--) {
          const next = list[0]?.start ?? text.slice(0, start).search(/\s*,?\s*(?:and|or)\s+(?:all\s+|many\s+|the\s+)?other\s+(?:temporarily\s+)?$/);
          if (!isListGlue(text.slice(prior[i].end, next))) break;
          list.unshift(prior[i]);
        }
        refs = list;
      }
      if (!refs.length) return null;
      return parts(refs, actor);
    },
    examples: [
      { text: 'Shelling hit Russian-held Oleshky overnight.', claims: ['UA-65 control Russia part'] },
      { text: 'Residents of the occupied districts of the Donetsk region were told to leave.', claims: ['UA-14 control Russia part'] },
    ],
  },
  {
    // "the captured Zaporizhzhia nuclear power plant" in a Ukrainian statement: held by the enemy.
    id: 'control.captured-adjective',
    kind: 'control',
    priority: 71.5,
    gate: /captured|seized/i,
    trigger: /\b(?:the|its|their)\s+(?:captured|seized)\b/g,
    read: (s, m) => {
      if (!s.speakerSide) return null;
      const end = m.index + m[0].length;
      const refs = objectsAfter(s, end, { maxGap: 20, maxLength: 90 });
      if (!refs.length || !/^\s+(?:[\p{L}-]+\s+){0,3}$/u.test(s.text.slice(end, refs[0].start))) return null;
      return parts(refs, otherSide(s.speakerSide));
    },
    examples: [
      { text: 'The risk of sabotage at the captured Zaporizhzhia nuclear power plant remains high.', publisher: 'President of Ukraine', claims: ['UA-23 control Russia part'] },
      { text: 'The risk of sabotage at the captured Zaporizhzhia nuclear power plant remains high.', claims: [] },
    ],
  },
  {
    id: 'control.passive-hold',
    kind: 'control',
    priority: 73,
    gate: GATE,
    trigger: HOLD_VERB,
    read: (s, m) => {
      const { text } = s;
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 30), start);
      if (/^control/.test(m[0]) && CONTROL_NOUN_BEFORE.test(before)) return null;
      if (!isPassive(s, start, end)) return null;
      const from = subjectStart(text, start);
      if (negatedBetween(text, from, start) || hypotheticalBetween(text, from, start)) return null;
      const agent = agentMentionAfter(s, end);
      const actor = agent?.side ?? (/^occup/.test(m[0]) ? (s.speakerSide === 'Russia' ? null : 'Russia') : null);
      if (!actor) return null;
      let refs = objectsBefore(s, start, from);
      let objectFrom = from;
      if (!refs.length) {
        const agentEnd = agent ? agent.end : end;
        refs = objectsAfter(s, agentEnd, { maxGap: 30, maxLength: 60 });
        objectFrom = agentEnd;
      }
      return refs.length ? holdings(s, refs, actor, objectFrom, null) : null;
    },
    examples: [
      { text: 'Most of the Zaporizhzhia region is occupied by Russian troops.', claims: ['UA-23 control Russia most'] },
      { text: 'Enerhodar is controlled by Russia.', claims: ['UA-23 control Russia part'] },
    ],
  },
  {
    id: 'control.holds',
    kind: 'control',
    priority: 74,
    gate: GATE,
    trigger: HOLD_VERB,
    read: (s, m) => {
      const { text } = s;
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 30), start);
      // "took control of", "lost control of", "Russian control": other readings.
      if (/^control/.test(m[0]) && CONTROL_NOUN_BEFORE.test(before)) return null;
      if (isPassive(s, start, end)) return null;
      if (infinitiveOfPurpose(text, start)) return null;
      // Bare "occupied" before a noun is the adjective, read above ("the occupied Crimea"); after a party or "has", the occupied-town rule.
      if (m[0] === 'occupied' && !/\b(?:has|have|had)\s+(?:\w+ly\s+)?$/.test(before) && !s.actors.some((a) => a.end <= start && start - a.end <= 2)) return null;
      let clause = clauseStart(text, start);
      let refs = objectsAfter(s, end, { maxGap: 60, maxLength: 200, country: true });
      // "held a referendum in Kherson", "holding civilians in Enerhodar": holding an event or people
      // somewhere is not holding ground; only ground words may stand between "hold" and the place.
      if (/^hold|^held/.test(m[0]) && refs.length && !HELD_GROUND.test(text.slice(end, refs[0].start).replace(OTHER_PLACE, ' '))) refs = [];
      if (refs.length && (NOT_GROUND.test(text.slice(end, refs[0].start)) || NEW_PREDICATE.test(text.slice(end, refs[0].start)))) refs = [];
      if (m[0] === 'occupied' && refs.length && refs[0].place && !lastQuantity(text.slice(end, refs[0].start))) return null;
      let objectsFrom = end;
      let framed = false;
      let relative: ReturnType<typeof reducedRelative> = null;
      if (!refs.length) {
        relative = reducedRelative(s, start);
        // "the Zaporizhzhia nuclear plant, which Russian troops have occupied since 2022"
        const antecedentRefs = relative ? null : antecedent(s, start);
        const framing =
          relative ?? framingRegion(s, start) ?? groundInRegion(s, start, end) ?? (antecedentRefs ? { refs: antecedentRefs, from: antecedentRefs[0].start, framed: false } : null);
        if (framing) {
          refs = framing.refs;
          objectsFrom = framing.from;
          framed = framing.framed;
        }
        // "would not hand over the parts of the Donbas it still controls": the relative clause is
        // its own clause; the "would not" outside it does not negate the holding.
        if (relative) clause = Math.max(clause, relative.refs[relative.refs.length - 1].end);
      }
      if (!refs.length) return null;
      // "Russian forces occupying the southern regions": a participle's actor stands right before it.
      const participant = /ing$/.test(m[0]) ? s.actors.find((a) => a.end <= start && start - a.end <= 2) : undefined;
      const actor = (participant && actorOf(s, participant)) || (relative && askedToCede(s, refs[0].start)) || subjectOf(s, start);
      if (!actor) return null;
      if (hypotheticalBetween(text, clause, start)) return null;
      const near = text.slice(Math.max(0, start - 30), start);
      const negated = negatedBetween(text, clause, start) || /\b(?:not|n['’]t|never)\s+(?:\w+\s+){0,2}$/.test(near);
      if (negated && /\b(?:fully|completely|entirely|wholly|totally)\s+$/.test(near)) return holdings(s, refs, actor, objectsFrom, { extent: 'part', percent: null });
      if (framed) return regionsOf(refs).map(({ region, place }) => ({ region, actor, extent: negated ? 'none' : 'part', percent: null, place }));
      return holdings(s, refs, actor, objectsFrom, negated ? lastQuantity(text.slice(clause, start)) ?? { extent: 'none', percent: null } : null);
    },
    examples: [
      { text: 'Russia holds most of Luhansk, and Ukraine has reinforced its lines in the Donetsk region.', claims: ['UA-09 control Russia most'] },
      { text: 'Moscow insists that Kyiv give up the areas of Zaporizhzhia it still holds.', claims: ['UA-23 control Ukraine part', 'UA-23 demand Russia'] },
      { text: 'Ukraine no longer holds any part of the Luhansk region.', claims: ['UA-09 control Ukraine none'] },
      {
        text: 'According to Reuters, Russia holds roughly a fifth of Ukraine, including the whole of Luhansk and parts of the Donetsk, Kherson and Zaporizhzhia regions.',
        claims: ['Ukraine control Russia part', 'UA-09 control Russia all', 'UA-14 control Russia part', 'UA-65 control Russia part', 'UA-23 control Russia part'],
      },
      {
        text: 'Moscow is demanding that Kyiv surrender the four regions, which it claims but does not fully control.',
        claims: [
          ...['UA-09', 'UA-14', 'UA-65', 'UA-23'].flatMap((r) => [`${r} control Russia part`, `${r} demand Russia`, `${r} sovereignty-claim Russia`]),
        ],
      },
    ],
  },
];

// "took control of", "lost control of", "Russian control": the noun, read by other rules.
const CONTROL_NOUN_BEFORE =
  /\b(?:take|taken|took|taking|seize[sd]?|seizing|gain(?:ed|s)?|regain(?:ed|s)?|full|complete|total|under|in|lost|lose|losing|establish\w*|wrest\w*|Russian|Ukrainian|its|their|of|for|over|the|a)\s+$/;
