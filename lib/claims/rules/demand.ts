// demand: the actor wants another party to give up, cede or leave the region.
import { otherSide, type Side } from '../actors';
import { negatedBetween } from '../clauses';
import { continuesDemands, demandCues } from '../discourse';
import { CEDE_PREDICATES, formsOf } from '../lexicon';
import type { Rule } from '../rule';
import { actorOf, objectsAfter, possessorBefore, regionsOf, subjectOf } from '../syntax';

// Leaving or returning is only a territorial demand when an armed party is told to do it.
const NEEDS_PARTY = /^(?:leave|leaving|return|exit|pull)/;

export const DEMAND_RULES: Rule[] = [
  {
    id: 'demand.cede',
    kind: 'demand',
    priority: 30,
    gate: /give up|giving up|gives up|gave up|given up|cede|ceding|cession|surrender|hand(?:ing)? over|handover|relinquish|renounc|withdr|pull|leave|leaving|abandon|return|exit|recogni/i,
    trigger: new RegExp(`\\b(?:${formsOf(CEDE_PREDICATES)})\\b`, 'g'),
    read: (s, m) => {
      const { text } = s;
      const cues = demandCues(s);
      const continuing = continuesDemands(text);
      if (!cues.length && !continuing) return null;
      const start = m.index;
      const end = start + m[0].length;
      const verb = m[0].toLowerCase();
      if (/^recogni/.test(verb) && !/sovereignty|independence|part of Russia|Russian territory|as Russian/i.test(text)) return null;
      const cue = [...cues].reverse().find((c) => c.end <= start);
      if (!cue && !continuing) return null;
      if (cue && negatedBetween(text, cue.end, start)) return null;
      if (cue && /\b(?:not|never|no)\s+(?:\w+\s+)?$/.test(text.slice(Math.max(0, cue.start - 20), cue.start))) return null;
      const refs = objectsAfter(s, end, { maxGap: /^withdraw|^pull|^recogni/.test(verb) ? 110 : 40, maxLength: 170 });
      if (!refs.length) return null;
      // The party told to give way: named between the cue and the verb, or right after it
      // ("withdrawal of Russian troops", "withdraw their troops").
      const between = s.actors.filter((a) => a.start >= (cue?.end ?? 0) && a.end <= start);
      const afterNoun = /^(?:withdraw|pull|cession|handover|recognition)/.test(verb) ? s.actors.find((a) => a.start >= end && a.start - end < 20) : undefined;
      const partyMention = between[between.length - 1] ?? afterNoun;
      const party = partyMention ? actorOf(s, partyMention) : null;
      if (NEEDS_PARTY.test(verb) && !party) return null;
      let actor: Side | null = cue ? possessorBefore(s, cue.start) ?? subjectOf(s, cue.start) : s.ctx.demandActor;
      if (actor && party && actor === party) actor = null;
      if (!actor) actor = party ? otherSide(party) : s.speakerSide;
      if (!actor) return null;
      const demander = actor;
      return regionsOf(refs).flatMap(({ region }) => (region ? [{ region, actor: demander, extent: null, percent: null, place: null }] : []));
    },
    examples: [
      { text: 'Moscow demands that Kyiv withdraw its troops from the Donetsk region.', claims: ['UA-14 demand Russia'] },
      { text: 'Zelensky called on Russia to pull its forces out of Kherson.', claims: ['UA-65 demand Ukraine'] },
      { text: 'Ukraine will not give up Zaporizhzhia, the president said.', claims: [] },
    ],
  },
];
