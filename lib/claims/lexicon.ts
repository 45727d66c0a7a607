// The lexicon: the predicates that carry territorial claims, with their inflected forms, the kind
// of claim they signal, which argument is the actor and which the territory, and what they imply.
// Rules build their triggers from the forms, so a new verb form is added here once, not per rule;
// the other fields state the reading each rule family implements (tests/unit/claims-lexicon.test.ts).
import type { ClaimKind } from './types';

/** Which argument of the predicate is the claim's actor. */
export type ActorRole =
  | 'subject' // "Russia captured Lyman"
  | 'agent' // "Lyman was captured by Russia", "fell to Russian forces"
  | 'other-side' // "Ukrainian troops withdrew from Lyman": the subject lost it, the other side gains
  | 'demander'; // "Moscow demands that Kyiv cede …": the party that sets the terms

/** What the predicate says about the ground. */
export type Aspect = 'gain' | 'loss' | 'hold' | 'cede' | 'claim' | 'take-by-force';

export interface Predicate {
  lemma: string;
  /** Regular-expression source for its forms (no groups that capture). */
  forms: string;
  /** Its noun ("the capture of"), when the nominalisation carries the same claim. */
  nominal?: string;
  kind: ClaimKind;
  actor: ActorRole;
  /** Where the territory stands: the verb's object, or the subject of a passive or state. */
  territory: 'object' | 'subject';
  aspect: Aspect;
}

const gain = (lemma: string, forms: string, nominal?: string): Predicate => ({ lemma, forms, nominal, kind: 'advance', actor: 'subject', territory: 'object', aspect: 'gain' });

/** Taking a place: the subject gains it. Order matters only for forms sharing a start. */
export const CAPTURE_PREDICATES: readonly Predicate[] = [
  // "claimed full control of Avdiivka", "established control over Mariupol" report a capture.
  gain('claim control', '(?:claim(?:ed|s)?|establish(?:ed|es)?|assum(?:ed|es))(?=\\s+(?:full\\s+|complete\\s+|total\\s+)?control\\s+(?:of|over)\\b)'),
  gain('capture', 'captur(?:e|ed|es|ing)', 'capture'),
  gain('seize', 'seiz(?:e|ed|es|ing)', 'seizure'),
  gain('take', 'took|tak(?:e|es|en|ing)'),
  gain('overrun', 'overr?an|overrun'),
  gain('recapture', 'recaptur(?:e|ed|es|ing)', 'recapture'),
  gain('retake', 'retak(?:e|en|es|ing)|retook'),
  gain('regain', 'regain(?:ed|s|ing)?'),
  gain('liberate', 'liberat(?:e|ed|es|ing)', 'liberation'),
  gain('enter', 'enter(?:ed|s|ing)?'),
  gain('storm', 'storm(?:ed|s|ing)?'),
];

/** Moving the front: the subject gains ground toward or into a place. */
export const MOVEMENT_PREDICATES: readonly Predicate[] = [
  gain('push back', "push(?:ed|es|ing)?\\s+(?:[\\w’']+\\s+){1,3}?(?:back|out)"),
  gain('drive back', "dr(?:ove|iven|ive|iving)\\s+(?:[\\w’']+\\s+){1,3}?(?:back|out)"),
  gain('advance', 'advanc(?:e|ed|es|ing)'),
  gain('push into', 'push(?:ed|es|ing)?\\s+(?:(?:south|north|east|west)\\w*\\s+)?(?:into|toward|towards|deeper|on|through)'),
  gain('close in', 'clos(?:ing|ed|es)\\s+in'),
  gain('gain ground', 'gain(?:ed|s|ing)?\\s+ground'),
  gain('make gains', '(?:made|make|makes|making)\\s+(?:\\w+\\s+)?(?:gains|progress|advances|inroads)'),
  gain('break through', 'broke\\s+through|break(?:ing)?\\s+through'),
  gain('encircle', 'encircl(?:e|ed|es|ing)'),
  gain('move into', 'mov(?:ed|ing)\\s+(?:into|toward|towards|closer)'),
];

/** Passive and intransitive captures: the place is the subject, the taker the agent. */
export const PASSIVE_CAPTURE_PREDICATES: readonly Predicate[] = [
  { lemma: 'fall to', forms: '(?:fell|fallen|falls|fall)\\s+to', nominal: 'fall', kind: 'advance', actor: 'agent', territory: 'subject', aspect: 'gain' },
  {
    lemma: 'be captured',
    forms: '(?:was|were|has\\s+been|had\\s+been|have\\s+been|is|are|being)\\s+(?:\\w+ly\\s+)?(?:captured|seized|taken|recaptured|retaken|liberated|overrun)',
    kind: 'advance',
    actor: 'agent',
    territory: 'subject',
    aspect: 'gain',
  },
];

/** Leaving a place: the other side gains it (DESIGN: an advance is an actor gaining ground). */
export const WITHDRAWAL_PREDICATES: readonly Predicate[] = [
  { lemma: 'be driven out', forms: '(?:been|were|was|being|are|is)\\s+(?:driven|pushed|forced|thrown|kicked|expelled|ousted)(?:\\s+(?:out|back))?', kind: 'advance', actor: 'other-side', territory: 'object', aspect: 'loss' },
  { lemma: 'withdraw', forms: 'withdr(?:ew|awn|awing|aws)', kind: 'advance', actor: 'other-side', territory: 'object', aspect: 'loss' },
  { lemma: 'pull out', forms: "pull(?:ed|s|ing)\\s+(?:[\\w’']+\\s+){0,2}?(?:out|back)", kind: 'advance', actor: 'other-side', territory: 'object', aspect: 'loss' },
  { lemma: 'retreat', forms: 'retreat(?:ed|s|ing)?', kind: 'advance', actor: 'other-side', territory: 'object', aspect: 'loss' },
  { lemma: 'abandon', forms: 'abandon(?:ed|s|ing)', kind: 'advance', actor: 'other-side', territory: 'object', aspect: 'loss' },
  { lemma: 'lose control', forms: 'lost\\s+control\\s+(?:of|over)', kind: 'advance', actor: 'other-side', territory: 'object', aspect: 'loss' },
  { lemma: 'complete withdrawal', forms: 'complet(?:ed|es)\\s+(?:the|their|its|a)\\s+(?:\\w+\\s+)?withdrawal', kind: 'advance', actor: 'other-side', territory: 'object', aspect: 'loss' },
];

/** Holding ground: the subject controls (part of) the object. */
export const HOLD_PREDICATES: readonly Predicate[] = [
  { lemma: 'control', forms: 'control(?:s|led|ling)?', kind: 'control', actor: 'subject', territory: 'object', aspect: 'hold' },
  { lemma: 'occupy', forms: 'occup(?:y|ies|ying|ied)', nominal: 'occupation', kind: 'control', actor: 'subject', territory: 'object', aspect: 'hold' },
  { lemma: 'hold', forms: 'hold(?:s|ing)?|held', kind: 'control', actor: 'subject', territory: 'object', aspect: 'hold' },
  { lemma: 'retain control', forms: 'retain(?:s|ed|ing)?\\s+control\\s+(?:of|over)', kind: 'control', actor: 'subject', territory: 'object', aspect: 'hold' },
  { lemma: 'be in control', forms: 'in\\s+control\\s+of', kind: 'control', actor: 'subject', territory: 'object', aspect: 'hold' },
  { lemma: 'have control', forms: 'ha(?:s|ve|d)\\s+control\\s+(?:of|over)', kind: 'control', actor: 'subject', territory: 'object', aspect: 'hold' },
  { lemma: 'keep control', forms: 'keep(?:s|ing)?\\s+control\\s+of', kind: 'control', actor: 'subject', territory: 'object', aspect: 'hold' },
];

/** Giving ground up: in a demand, the party told to do it loses the object; the demander wants it. */
export const CEDE_PREDICATES: readonly Predicate[] = [
  ['give up', 'give\\s+up|giving\\s+up|gives\\s+up|gave\\s+up|given\\s+up'],
  ['cede', 'cede|cedes|ceded|ceding|cession\\s+of'],
  ['surrender', 'surrender(?:ing)?'],
  ['hand over', 'hand(?:ing)?\\s+over|handover\\s+of'],
  ['relinquish', 'relinquish(?:ing)?'],
  ['renounce', 'renounc(?:e|ing)'],
  ['withdraw', 'withdraw(?:al|ing|s|n)?|withdrew'],
  ['pull out', "pull(?:ing|s)?\\s+(?:\\w+\\s+){0,2}?out|pull(?:ing|s)?\\s+(?:\\w+\\s+){0,2}?back"],
  ['leave', 'leave|leaving'],
  ['abandon', 'abandon(?:ing)?'],
  ['return', 'return'],
  ['exit', 'exit'],
  ['recognise', 'recogni(?:[sz]e|[sz]ing|tion)(?:\\s+of)?'],
].map(([lemma, forms]) => ({ lemma, forms, kind: 'demand' as const, actor: 'demander' as const, territory: 'object' as const, aspect: 'cede' as const }));

/** Making a region one's own. */
export const ANNEX_PREDICATES: readonly Predicate[] = [
  { lemma: 'annex', forms: "annex(?:ed|es|ing)?|annexation(?:['\"”’]?\\s+of)?", kind: 'sovereignty-claim', actor: 'subject', territory: 'object', aspect: 'claim' },
  { lemma: 'incorporate', forms: 'incorporat(?:ed|es|ing|ion)(?:\\s+of)?', kind: 'sovereignty-claim', actor: 'subject', territory: 'object', aspect: 'claim' },
  { lemma: 'absorb', forms: 'absor(?:bed|bing|ption\\s+of)', kind: 'sovereignty-claim', actor: 'subject', territory: 'object', aspect: 'claim' },
];

/** Taking by force, in a threat's clause ("will take … by force"). */
export const TAKING_VERBS = 'take|taking|seize|seizing|capture|capturing|occupy|occupying|achieve|annex|retake|regain|liberate|conquer|march|advance|push|storm|return|recover';

/** One alternation of the predicates' forms, for a trigger pattern. */
export function formsOf(predicates: readonly Predicate[]): string {
  return predicates.map((p) => p.forms).join('|');
}

/** The nominalisations ("capture of", "liberation of") of the predicates that have one. */
export function nominalsOf(predicates: readonly Predicate[]): string {
  return predicates.flatMap((p) => (p.nominal ? [p.nominal] : [])).join('|');
}
