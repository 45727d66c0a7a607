// legal-status: the text states whose territory a region is under international law.
import { otherSide, type Side } from '../actors';
import { annexed } from '../annexation';
import { clauseStart, negatedBetween, objectsEnd } from '../clauses';
import { ANNEX_PREDICATES, formsOf } from '../lexicon';
import type { Draft, Sentence } from '../reading';
import type { Rule } from '../rule';
import { regionsInContext } from '../discourse';

import { antecedent, objectsAfter, objectsBefore, regionsOf } from '../syntax';

const GATE = /international/i;

/** The owner named by the match's first group, for the regions in its clause. */
function readOwnership(s: Sentence, m: RegExpExecArray): Draft[] | null {
  const start = m.index;
  const end = start + m[0].length;
  const clause = clauseStart(s.text, start);
  // The law has to be named in the same clause as the ownership, not elsewhere in the sentence.
  const scope = s.text.slice(clause, objectsEnd(s.text, end, 80) + 30);
  if (!/international(?:ly)?\s+(?:law|recogni[sz]ed|community|borders)|internationally/i.test(scope)) return null;
  if (negatedBetween(s.text, clause, start)) return null;
  const actor: Side = /^Russia/.test(m[1]) ? 'Russia' : 'Ukraine';
  let refs = antecedent(s, start) ?? objectsBefore(s, start, clause);
  if (!refs.length) refs = objectsAfter(s, end, { maxGap: 120, maxLength: 160 });
  if (!refs.length) refs = s.refs.filter((r) => r.end <= start && r.form !== 'country');
  if (!refs.length) return null;
  return regionsOf(refs).map(({ region }) => ({ region, actor, extent: null, percent: null, place: null }));
}

export const LEGAL_STATUS_RULES: Rule[] = [
  {
    id: 'legal-status.recognised-as',
    kind: 'legal-status',
    priority: 10,
    gate: GATE,
    trigger: /\b(?:recogni[sz]ed|regarded|considered|seen)\s+(?:internationally\s+|by\s+[\w\s]{0,40}?\s+)?as\s+(?:part\s+of\s+|belonging\s+to\s+)?(Ukrainian|Ukraine['’]s|Ukraine|Russian|Russia['’]s|Russia)\b/g,
    read: readOwnership,
    examples: [{ text: 'The Kherson region is internationally recognised as part of Ukraine.', claims: ['UA-65 legal-status Ukraine'] }],
  },
  {
    id: 'legal-status.territory-of',
    kind: 'legal-status',
    priority: 11,
    gate: GATE,
    trigger: /\b(?:part\s+of|belongs?\s+to|belonging\s+to|(?:sovereign\s+)?territory\s+of)\s+(Ukraine|Russia)\b/g,
    read: readOwnership,
    examples: [{ text: 'Under international law, Zaporizhzhia and Kherson remain part of Ukraine.', claims: ['UA-23 legal-status Ukraine', 'UA-65 legal-status Ukraine'] }],
  },
  {
    id: 'legal-status.internationally-recognised',
    kind: 'legal-status',
    priority: 12,
    gate: GATE,
    trigger: /\b(?:internationally\s+recogni[sz]ed\s+(?:as\s+)?(?:part\s+of\s+)?)(Ukraine|Ukrainian|Russia|Russian)\b/g,
    read: readOwnership,
    examples: [{ text: 'Luhansk is internationally recognised Ukrainian territory.', claims: ['UA-09 legal-status Ukraine'] }],
  },
  {
    id: 'legal-status.recognised-borders',
    kind: 'legal-status',
    priority: 13,
    gate: GATE,
    trigger: /\b(Ukraine|Russia)['’]s\s+internationally\s+recogni[sz]ed\s+(?:borders|territory|frontiers|boundaries)\b/g,
    read: readOwnership,
    examples: [{ text: "The UN says Donetsk lies within Ukraine's internationally recognised borders.", claims: ['UA-14 legal-status Ukraine'] }],
  },
  {
    // "illegally annexed", "the illegal annexation": the text says the law still makes the land
    // the other state's. A second reading of the annexation's words, so it shares their span.
    id: 'legal-status.illegal-annexation',
    kind: 'legal-status',
    // After the sovereignty rules: the claim it qualifies comes first in the output.
    priority: 24,
    shared: true,
    gate: /illegal|unlawful/i,
    trigger: new RegExp(`\\b(?:illegal(?:ly)?|unlawful(?:ly)?)\\s+(?:\\w+\\s+)?(?=(?:${formsOf(ANNEX_PREDICATES)})\\b)`, 'gi'),
    read: (s, m) => {
      const found = annexed(s, m.index + m[0].length);
      return found ? regionsOf(found.refs).map(({ region }) => ({ region, actor: otherSide(found.actor), extent: null, percent: null, place: null })) : null;
    },
    examples: [{ text: 'Russia illegally annexed the Kherson region in 2022.', claims: ['UA-65 legal-status Ukraine', 'UA-65 sovereignty-claim Russia'] }],
  },
  {
    // "condemned the annexations as violating international law", "their annexation … are invalid
    // and illegal": the law still makes the annexed land the other state's.
    id: 'legal-status.annexation-void',
    kind: 'legal-status',
    priority: 25,
    shared: true,
    gate: /\b(?:illegal|invalid|void|unlawful|violat\w*\s+(?:of\s+)?international\s+law|not\s+recogni[sz]ed?)/i,
    trigger: new RegExp(`\\b(?:${formsOf(ANNEX_PREDICATES)}|annexations)\\b`, 'g'),
    read: (s, m) => {
      if (/\b(?:illegal(?:ly)?|unlawful(?:ly)?)\s+(?:\w+\s+)?$/i.test(s.text.slice(Math.max(0, m.index - 30), m.index))) return null; // read by legal-status.illegal-annexation
      const clause = s.text.slice(clauseStart(s.text, m.index), objectsEnd(s.text, m.index + m[0].length, 200) + 60);
      if (!/\b(?:illegal|invalid|void|unlawful|violat\w*\s+(?:of\s+)?international\s+law)\b/i.test(clause)) return null;
      const found = annexed(s, m.index) ?? (m[0] === 'annexations' ? { refs: regionsInContext(s, m.index), actor: 'Russia' as const } : null);
      if (!found || !found.refs.length) return null;
      return regionsOf(found.refs).map(({ region }) => ({ region, actor: otherSide(found.actor), extent: null, percent: null, place: null }));
    },
    examples: [
      { text: 'Russia annexed the Kherson region. The United Nations condemned the annexations as violating international law.', claims: ['UA-65 sovereignty-claim Russia', 'UA-65 legal-status Ukraine'] },
      { text: 'The assembly declared the annexation of the Luhansk region invalid and illegal under international law.', claims: ['UA-09 sovereignty-claim Russia', 'UA-09 legal-status Ukraine'] },
    ],
  },
];
