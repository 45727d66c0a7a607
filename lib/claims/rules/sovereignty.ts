// sovereignty-claim: the actor claims or has annexed the region as its own.
import { clauseStart, hypotheticalBetween, negatedBetween, objectsEnd, subjectStart } from '../clauses';
import type { Side } from '../actors';
import { ANNEX_PREDICATES, formsOf } from '../lexicon';
import { regionsInContext } from '../discourse';
import type { Draft, Ref, Sentence } from '../reading';
import type { Rule } from '../rule';
import { agentAfter, antecedent, infinitiveOfPurpose, objectsAfter, objectsBefore, possessorBefore, reducedRelative, regionsOf, subjectOf } from '../syntax';

const GATE = /annex|incorporat|absor|accession|subjects? of|entit(?:y|ies) of|claim|parts? of|Russian (?:territory|land|soil|region)|(?:is|are|be|remains?) (?:Ukrain|part of Ukraine)/i;

// "the treaties on the “accession” of the so-called DPR … to the Russian Federation": accession
// counts only when the text says to what ("to Russia", "into the Russian Federation").
const ANNEX_SOURCE = `\\b(?:${formsOf(ANNEX_PREDICATES)})\\b|\\baccession(?:['"”’]?\\s+of)?(?=[^.;]{0,160}\\b(?:to|into)\\s+(?:Russia|the\\s+Russian\\s+Federation)\\b)`;
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
