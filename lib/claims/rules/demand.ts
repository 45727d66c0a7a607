// demand: the actor wants another party to give up, cede or leave the region.
import { otherSide, type Side } from '../actors';
import { negatedBetween } from '../clauses';
import { continuesDemands, demandCues } from '../discourse';
import { CEDE_PREDICATES, formsOf } from '../lexicon';
import type { Rule } from '../rule';
import { actorOf, agentAfter, objectsAfter, possessorBefore, regionsOf, subjectOf } from '../syntax';

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
      // "abandon all attempts to pressure Donbass": what is given up is not the land.
      if (/\b(?:attempts?|efforts?|plans?|ideas?|polic(?:y|ies)|hopes?|intentions?|pressure|claims?|demands?|aggression|war|hostilities|weapons|sanctions)\b/i.test(text.slice(end, refs[0].start))) return null;
      // The party told to give way: named between the cue and the verb, or right after it
      // ("withdrawal of Russian troops", "withdraw their troops").
      // Only a party next to the verb is its subject ("that Kyiv withdraw", "on Russia to pull"):
      // "Russia's security interests, … the recognition of" names Russia for something else.
      const between = s.actors.filter((a) => a.start >= (cue?.end ?? 0) && a.end <= start && start - a.end <= 30);
      const afterNoun = /^(?:withdraw|pull|cession|handover)/.test(verb) ? s.actors.find((a) => a.start >= end && a.start - end < 20) : undefined;
      const partyMention = (/^recogni/.test(verb) ? between.filter((a) => start - a.end <= 3) : between).pop() ?? afterNoun;
      const party = partyMention ? actorOf(s, partyMention) : null;
      if (NEEDS_PARTY.test(verb) && !party) return null;
      // "the demands put forward by the Russian authorities": a demand noun's agent sets the terms.
      const agent = cue ? agentAfter(s, cue.end + (/^\s+(?:put\s+forward|made|set\s+out|issued|presented|voiced)\b/.exec(text.slice(cue.end))?.[0].length ?? text.length)) : null;
      let actor: Side | null = cue ? agent ?? possessorBefore(s, cue.start) ?? subjectOf(s, cue.start) : s.ctx.demandActor;
      if (actor && party && actor === party) actor = null;
      if (!actor) actor = party ? otherSide(party) : s.speakerSide;
      if (!actor) return null;
      const demander = actor;
      return regionsOf(refs).flatMap(({ region }) => (region ? [{ region, actor: demander, extent: null, percent: null, place: null }] : []));
    },
    examples: [
      { text: 'Moscow demands that Kyiv withdraw its troops from the Donetsk region.', claims: ['UA-14 demand Russia'] },
      { text: 'Kyiv must abandon its attempts to pressure the Donbas by force.', claims: [] },
      {
        text: 'As for the demands put forward by the Russian authorities, in particular the recognition of the independence of the occupied districts of the Donetsk region, a compromise is possible.',
        claims: ['UA-14 demand Russia', 'UA-14 control Russia part'],
      },
      { text: 'Zelensky called on Russia to pull its forces out of Kherson.', claims: ['UA-65 demand Ukraine'] },
      { text: 'Ukraine will not give up Zaporizhzhia, the president said.', claims: [] },
    ],
  },
];
