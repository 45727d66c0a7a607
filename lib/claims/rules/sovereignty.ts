// sovereignty-claim: the actor claims or has annexed the region as its own.
import type { Side } from '../actors';
import { ANNEX_SOURCE, annexed } from '../annexation';
import { clauseStart, hypotheticalBetween, negatedBetween, subjectStart } from '../clauses';
import type { Draft, Ref } from '../reading';
import type { Rule } from '../rule';
import { antecedent, objectsAfter, objectsBefore, reducedRelative, regionsOf, subjectOf } from '../syntax';

const GATE = /annex|incorporat|absor|accession|subjects? of|entit(?:y|ies) of|regions of|claim|parts? of|Russian (?:territory|land|soil|region)|(?:is|are|be|remains?) (?:Ukrain|part of Ukraine)/i;

function claims(refs: Ref[], actor: Side): Draft[] {
  return regionsOf(refs).map(({ region }) => ({ region, actor, extent: null, percent: null, place: null }));
}

export const SOVEREIGNTY_RULES: Rule[] = [
  {
    id: 'sovereignty-claim.annexation',
    kind: 'sovereignty-claim',
    priority: 20,
    gate: GATE,
    trigger: new RegExp(ANNEX_SOURCE, 'g'),
    read: (s, m) => {
      const found = annexed(s, m.index);
      return found ? claims(found.refs, found.actor) : null;
    },
    examples: [
      { text: 'Moscow annexed the Zaporizhzhia and Kherson regions in September 2022.', claims: ['UA-23 sovereignty-claim Russia', 'UA-65 sovereignty-claim Russia'] },
      { text: 'Kyiv rejected the plan for the annexation of Luhansk.', claims: [] },
      { text: 'The annexation of Crimea and the war in Donbas affect the whole world.', claims: [] },
    ],
  },
  {
    // "which it has claimed", "Russia claims the region as its own"
    id: 'sovereignty-claim.claims-as-own',
    kind: 'sovereignty-claim',
    priority: 21,
    gate: GATE,
    trigger: /\bclaim(?:s|ed|ing)?\b/g,
    read: (s, m) => {
      const { text } = s;
      const start = m.index;
      const end = start + m[0].length;
      const after = text.slice(end);
      if (/^(?:\s+(?:on|in|late|early|last|this)\b[^,.;]{0,25})?\s*(?:that\b|to\b|the\s+(?:capture|control|responsibility|credit|victory|town|city|village|settlement)|(?:full|complete|total)\s+control|capture|control|responsibility|credit|victory|gains|success|it\s+had|,)/.test(after)) return null;
      if (/\bthe\s+$|\ba\s+$|\bhis\s+$|\bits\s+$/.test(text.slice(0, start)) && !/^\s+(?:to|over)\b/.test(after)) return null; // "the claim", "a claim"
      // "the four regions it claims as its own": a reduced relative is its own clause, so a
      // "would" before the regions does not make the claim hypothetical.
      const relative = /^\s+as\s+(?:its|their)\s+own\b/.test(after) ? reducedRelative(s, start) : null;
      const clause = relative ? relative.refs[relative.refs.length - 1].end : clauseStart(text, start);
      if (negatedBetween(text, clause, start) || hypotheticalBetween(text, clause, start)) return null;
      let refs = antecedent(s, start) ?? relative?.refs ?? null;
      if (!refs) {
        refs = objectsAfter(s, end, { maxGap: 25, maxLength: 80 });
        if (!refs.length && !/^\s+(?:as\s+(?:its|their)\s+own|sovereignty)/.test(after)) return null;
      }
      if (!refs.length) return null;
      const actor = subjectOf(s, start);
      return actor ? claims(refs, actor) : null;
    },
    examples: [
      { text: 'Russia claims the Kherson region as its own.', claims: ['UA-65 sovereignty-claim Russia'] },
      { text: 'Russia claimed the capture of Marinka.', claims: ['UA-14 advance Russia'] },
    ],
  },
  {
    // "considers both regions part of Russia", "declared them Russian territory"
    id: 'sovereignty-claim.part-of-russia',
    kind: 'sovereignty-claim',
    priority: 22,
    gate: GATE,
    trigger:
      /\b(?:(?:(?:an\s+)?(?:integral|inalienable|historic(?:al)?)\s+)?parts?\s+of\s+(?:Russia|the\s+Russian\s+Federation|(?:its|their)\s+(?:own\s+)?territory)|Russian\s+(?:territory|land|soil|regions?)|(?:new|constituent)\s+regions\s+of\s+(?:Russia|the\s+Russian\s+Federation)|(?:(?:new|constituent|federal)\s+)?(?:subjects?|entit(?:y|ies))\s+of\s+(?:Russia|the\s+Russian\s+Federation))\b/g,
    read: (s, m) => {
      const { text } = s;
      const start = m.index;
      const clause = clauseStart(text, start);
      const lead = text.slice(clause, start);
      if (!/\b(?:consider\w*|declar\w*|proclaim\w*|deem\w*|regard\w*|call\w*|is|are|was|were|became|become|becoming|remain\w*|now|as)\b/.test(lead)) return null;
      if (negatedBetween(text, clause, start) || hypotheticalBetween(text, clause, start)) return null;
      if (/international/i.test(text.slice(start, start + 80))) return null;
      // "the Donetsk region, which Putin declared part of Russia": the antecedent is before the clause.
      let refs = objectsBefore(s, start, clause);
      if (!refs.length) refs = antecedent(s, start) ?? [];
      if (!refs.length) return null;
      return claims(refs, subjectOf(s, start) ?? 'Russia');
    },
    examples: [{ text: 'The Kremlin now considers Luhansk and Donetsk part of Russia.', claims: ['UA-09 sovereignty-claim Russia', 'UA-14 sovereignty-claim Russia'] }],
  },
  {
    // "Donbas will be Ukrainian", "Kherson is Ukraine"
    id: 'sovereignty-claim.will-be-ukrainian',
    kind: 'sovereignty-claim',
    priority: 23,
    gate: GATE,
    trigger: /\b(?:is|are|will\s+be|remains?|will\s+remain|will\s+always\s+be|will\s+again\s+be)\s+(?:Ukrainian|Ukraine|part\s+of\s+Ukraine)\b(?!['’-])/g,
    read: (s, m) => {
      const { text } = s;
      const start = m.index;
      if (/international/i.test(text)) return null;
      const clause = clauseStart(text, start);
      const subjectFrom = subjectStart(text, start);
      if (negatedBetween(text, clause, start + m[0].length) || /\b(?:if|whether|unless|think|thinks)\b/i.test(text.slice(clause, start))) return null;
      const refs = objectsBefore(s, start, subjectFrom).filter((r) => r.start >= subjectFrom);
      return refs.length ? claims(refs, 'Ukraine') : null;
    },
    examples: [{ text: 'Donbas will be Ukrainian.', claims: ['UA-09 sovereignty-claim Ukraine', 'UA-14 sovereignty-claim Ukraine'] }],
  },
];
