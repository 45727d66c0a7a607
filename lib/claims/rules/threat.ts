// threat: the actor threatens force to take territory.
import { clauseStart } from '../clauses';
import { TAKING_VERBS } from '../lexicon';
import type { Draft, Sentence } from '../reading';
import type { Rule } from '../rule';
import { antecedent, objectsAfter, regionsOf, subjectOf } from '../syntax';

// Broad on purpose (any taking verb): the readings below decide; a gate only has to be cheap.
const GATE = /force|military means|militarily|threat|vow|warn|continu|battlefield|take|seize|capture|occupy|conquer/i;
const TAKING = new RegExp(`\\b(?:${TAKING_VERBS})\\b`, 'i');

/** The reading shared by the threat rules; `needsModal`: a means phrase that needs a taking verb and a modal before it. */
function readThreat(s: Sentence, m: RegExpExecArray, needsModal: boolean): Draft[] | null {
  const { text } = s;
  const start = m.index;
  const end = start + m[0].length;
  const clause = clauseStart(text, start);
  const span = text.slice(clause, start);
  if (needsModal) {
    if (!TAKING.test(span)) return null;
    if (!/\b(?:will|would|could|can|shall|ready|prepared|threat\w*|warn\w*|vow\w*|intend\w*|plans?|if|unless|otherwise)\b|['’]ll\b/i.test(text.slice(0, start))) return null;
  }
  if (/\b(?:not|never|no)\b|n['’]t\b/i.test(span.replace(/\b(?:if|unless)\b[^,]*,?/gi, ''))) return null;
  const takingAt = needsModal ? clause + span.search(TAKING) : start;
  const actor = subjectOf(s, takingAt);
  if (!actor) return null;
  // A bare modal is only a threat when it is conditional and voiced by the party itself
  // ("…, Medvedev said"); an analyst's "Russia could take Pokrovsk" is a forecast.
  const bareModal = /^(?:will|would|could|might|may|shall|['’]ll)/.test(m[0]);
  if (bareModal) {
    if (!/\b(?:if|unless|otherwise|until)\b/i.test(text) || s.speakerSide !== actor) return null;
    // Its object must be one of the regions, or "more territory" in general (not Odesa).
    const ahead = objectsAfter(s, end, { maxGap: 60, maxLength: 120 });
    if (!ahead.length && !/^\s+(?:(?:even\s+)?more|further|additional)\s+(?:Ukrainian\s+)?(?:territory|land|regions|cities|towns)\b/i.test(text.slice(end))) return null;
  }
  const objects = needsModal ? s.refs.filter((r) => r.start >= takingAt && r.end <= start && r.form !== 'country') : objectsAfter(s, end, { maxGap: 60, maxLength: 120 });
  // "Kramatorsk and Sloviansk, which Russia has vowed to capture": the antecedent is the object.
  const targets = objects.length ? objects : needsModal ? [] : antecedent(s, start) ?? [];
  const regions = targets.length ? [...new Set(regionsOf(targets).map((o) => o.region))] : [null];
  return regions.map((region) => ({ region, actor, extent: null, percent: null, place: null }));
}

function threatRule(id: string, priority: number, trigger: RegExp, needsModal: boolean, examples: Rule['examples']): Rule {
  return { id, kind: 'threat', priority, gate: GATE, trigger, read: (s, m) => readThreat(s, m, needsModal), examples };
}

export const THREAT_RULES: Rule[] = [
  threatRule(
    'threat.by-force',
    40,
    /\b(?:by\s+force(?:\s+of\s+arms)?|by\s+military\s+means|through\s+military\s+means|militarily|with\s+military\s+force|by\s+armed\s+force|on\s+the\s+battlefield)\b/g,
    true,
    [{ text: 'Peskov said Russia would take the rest of the Donetsk region by military means.', claims: ['UA-14 threat Russia'] }],
  ),
  threatRule('threat.threaten-to-take', 41, /\bthreat(?:en|ens|ened|ening)\s+to\s+(?:take|seize|capture|occupy|annex|march|advance|push|storm|conquer)\b/g, false, [
    { text: 'Moscow threatened to seize the Zaporizhzhia region.', claims: ['UA-23 threat Russia'] },
  ]),
  threatRule('threat.vow-to-take', 42, /\bvow(?:s|ed|ing)?\s+to\s+(?:take|seize|capture|liberate|retake|recapture|conquer|occupy)\b/g, false, [
    { text: 'Russia has vowed to capture all of Luhansk.', claims: ['UA-09 threat Russia'] },
  ]),
  threatRule(
    'threat.continue-until',
    43,
    /\bcontinu(?:e|es|ed|ing)\s+(?:its|the|their|our|his)\s+(?:special\s+)?(?:military\s+operation|offensive|war|fighting|advance|operation|assault)\s+until\b/g,
    false,
    [{ text: 'Russia will continue its offensive until Donbas is liberated.', claims: ['UA-09 threat Russia', 'UA-14 threat Russia'] }],
  ),
  threatRule('threat.warn-would-take', 44, /\bwarn(?:s|ed|ing)?\s+(?:that\s+)?(?:\S+\s+){0,3}?(?:would|will|could)\s+(?:take|seize|capture|advance|push|occupy)\b/g, false, [
    { text: 'Medvedev warned that Russia would seize Kherson.', claims: ['UA-65 threat Russia'] },
  ]),
  // "Russian troops might have to take the city of Zaporizhzhia as well if Kyiv …": a party's
  // own conditional promise to take more (read only when that party's side says it).
  threatRule(
    'threat.conditional-taking',
    45,
    /\b(?:will|would|could|might|may|shall)\s+(?:(?:also|then|even|simply|have\s+to|be\s+forced\s+to|be\s+ready\s+to|go\s+on\s+to|continue\s+to|keep)\s+){0,2}(?:take|taking|seize|seizing|capture|capturing|occupy|conquer)\b|['’]ll\s+(?:(?:also|have\s+to)\s+)?(?:take|seize|capture)\b/g,
    false,
    [{ text: 'If Kyiv refuses, Russian troops will take Zaporizhzhia as well, the Kremlin said.', publisher: 'President of Russia', claims: ['UA-23 threat Russia'] }],
  ),
];
