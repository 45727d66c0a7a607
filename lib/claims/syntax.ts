// Syntax helpers the rules share: who is the subject or agent of a trigger, which region
// references are its objects, relative clauses and their antecedents. Regular expressions over
// one sentence, bounded by clauses (./clauses).
import { otherSide, type ActorMention, type Side } from './actors';
import { isListGlue, objectsEnd, subjectStart } from './clauses';
import { lastQuantity } from './extent';
import type { PlaceEntry } from './gazetteer';
import type { Ref, Sentence } from './reading';
import type { OblastIso } from '@/lib/oblasts';

// A party right after a preposition or a list "and" is an object, not a subject ("talks with
// Kyiv", "Russia and Ukraine"); after ", and" a new clause starts, so its party is a subject.
const PREPOSITION_BEFORE = /(?:\b(?:of|in|from|to|with|against|across|over|for|on|into|toward|towards|near|at|about|between)|(?<!,)\sand)\s+(?:the\s+)?$/i;

// The pattern is anchored at its end, so it is tested on the last stretch before the party only:
// tested on the whole sentence before it, a regular expression tries every start position, and a
// sentence of n characters with m parties cost n·m (minutes for a pasted 200 KB text without full
// stops). A preposition, "the" and the spaces between fit in the window many times over, so the
// answer is the same unless some hundred spaces stand between a preposition and the party.
const PREPOSITION_WINDOW = 120;

/** Whether the party starting at `at` follows a preposition or a list "and" (see PREPOSITION_BEFORE). */
export function afterPreposition(text: string, at: number): boolean {
  return PREPOSITION_BEFORE.test(text.slice(Math.max(0, at - PREPOSITION_WINDOW), at));
}

/** "20% of Ukraine", "a fifth of Ukraine's territory": Ukraine as a whole, only after a quantity. */
export function countryRefs(text: string): Ref[] {
  const out: Ref[] = [];
  const re =
    /\b(?:of|in)\s+(?:the\s+)?(?:territory\s+of\s+)?(?:Ukraine(?:['’]s\s+(?:territory|land))?\b(?!['’]s\s+\S+\s+(?:region|oblast|province))|Ukrainian\s+(?:territory|land)\b)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // A share of the country, not "the territory of Ukraine" (which names the whole as a place).
    const q = lastQuantity(text.slice(Math.max(0, m.index - 30), m.index).replace(/\b(?:the\s+)?territor(?:y|ies)\s*$/i, ''));
    if (!q) continue;
    const start = m.index + m[0].search(/Ukrain/);
    out.push({ start, end: m.index + m[0].length, regions: [null], place: null, form: 'country', named: true });
  }
  return out;
}

/** The actor an actor mention stands for, resolving "we", "its forces" and "the enemy". */
export function actorOf(s: Sentence, mention: ActorMention): Side | null {
  if (mention.actor) return mention.actor;
  if (mention.via === 'first-person') return s.speakerSide;
  if (mention.via === 'enemy') return s.speakerSide ? otherSide(s.speakerSide) : null;
  // "it", "its forces": the nearest party before it that heads a clause (the sentence's start,
  // or a "that"-clause: "demanded that Kyiv pull out of the parts it still holds"), so an object
  // in between ("wants Ukraine to give up the regions it has claimed") is passed over; else the
  // sentence's first named party, else the last one before the sentence.
  const before = s.actors.filter((a) => a.actor && a.start < mention.start && !afterPreposition(s.text, a.start));
  const heads = before.filter((a) => /^(?:\s*|[\s\S]*(?:\bthat|[,;:—–]|\bsaid|\bsays)\s+(?:the\s+)?)$/.test(s.text.slice(0, a.start)));
  // "Moscow demands that Kyiv surrender the four regions, which it claims": a "which"-clause on
  // the object of a demand speaks of the party making it, not of the one told to give way.
  if (/,\s*which\s+$/.test(s.text.slice(0, mention.start)) && heads.length > 1 && /\b(?:demand\w*|insist\w*|want\w*|urg\w*|call\w*\s+on|press\w*)\s+(?:that\s+)?$/.test(s.text.slice(0, heads[heads.length - 1].start))) {
    return heads[0].actor;
  }
  return heads[heads.length - 1]?.actor ?? before[0]?.actor ?? s.ctx.lastActor;
}

/** The subject of a trigger at `at`: the first party named in its clause, else the nearest before it. */
export function subjectOf(s: Sentence, at: number): Side | null {
  const from = subjectStart(s.text, at);
  const candidates = s.actors.filter((a) => a.end <= at && !afterPreposition(s.text, a.start));
  const inClause = candidates.find((a) => a.start >= from);
  const chosen = inClause ?? candidates[candidates.length - 1];
  return chosen ? actorOf(s, chosen) : null;
}

/** The agent of a passive ("occupied by Russian troops", "fell to Russian forces"). */
export function agentAfter(s: Sentence, from: number): Side | null {
  return agentMentionAfter(s, from)?.side ?? null;
}

export function agentMentionAfter(s: Sentence, from: number): { side: Side; end: number } | null {
  const m = /^\s*(?:by|to)\s+/.exec(s.text.slice(from));
  if (!m) return null;
  const at = from + m[0].length;
  const mention = s.actors.find((a) => a.start >= at && a.start <= at + 12);
  const side = mention ? actorOf(s, mention) : null;
  return mention && side ? { side, end: mention.end } : null;
}

// "the Donetsk front", "the Zaporizhzhia direction" is a direction of the fighting, not territory.
const FRONT_AFTER = /^\s+(?:front|direction|axis|sector|frontline|front line)\b/i;
// "near the border with Donetsk" places something outside that region.
const BORDER_BEFORE = /\bborders?\s+(?:with|of|between)\s+(?:the\s+)?$/i;
// "the region's governor", "Kherson's residents": a possessive naming the region's people or
// offices is not the region as ground ("the city's outskirts" still is).
const POSSESSIVE_AFTER =
  /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:governors?|mayors?|heads?|chiefs?|residents|inhabitants|people|population|citizens|civilians|authorities|administrations?|officials|leaders?|leadership|council|parliament|police|prosecutors?|children|families|voters|schools|hospitals|economy|budget|energy|water|power|gas|governments?|spokes(?:man|woman|person)|representatives?|delegates?|deputies|deputy)\b/iu;
// "Mariupol residents", "Donbas refugees": the place names the people, who are the object.
const PEOPLE_AFTER = /^\s+(?:residents|inhabitants|people(?!['’]s)|citizens|children|families|civilians|refugees|evacuees|women|men|defenders|pensioners|students|volunteers|prisoners)\b/;
// Between two objects of one verb only list words may stand; other places (Crimea, Kharkiv) may
// be listed with them. Anything else ("…, and Moscow has stepped up attacks in the Donetsk
// region") starts a new clause whose places are not this verb's objects.
export const OTHER_PLACE = /\p{Lu}[\p{L}'’-]*/gu;

function continuesList(gap: string): boolean {
  return gap.length <= 60 && isListGlue(gap.replace(OTHER_PLACE, ' '));
}

/** Region references after a trigger, up to the end of its objects. */
export function objectsAfter(s: Sentence, from: number, opts: { maxGap: number; maxLength: number; country?: boolean }): Ref[] {
  const end = objectsEnd(s.text, from, opts.maxLength);
  const candidates = s.refs.filter(
    (r) =>
      r.start >= from &&
      r.start < end &&
      (opts.country || r.form !== 'country') &&
      !BORDER_BEFORE.test(s.text.slice(Math.max(0, r.start - 24), r.start)) &&
      !FRONT_AFTER.test(s.text.slice(r.end, r.end + 24)) &&
      !POSSESSIVE_AFTER.test(s.text.slice(r.end, r.end + 40)) &&
      !PEOPLE_AFTER.test(s.text.slice(r.end, r.end + 30)),
  );
  if (!candidates.length) return [];
  const refs = [candidates[0]];
  for (const r of candidates.slice(1)) {
    if (r.start < refs[refs.length - 1].end) continue;
    if (!continuesList(s.text.slice(refs[refs.length - 1].end, r.start))) break;
    refs.push(r);
  }
  const first = refs[0];
  const gapText = s.text.slice(from, first.start);
  if (first.named && gapText.length > opts.maxGap) return [];
  // "the city", "it" only as the verb's own object ("retook it", "hold only part of it"), not
  // somewhere later in the clause ("captured the mayor of the city").
  if (!first.named && gapText.length > 12 && !(gapText.length <= 24 && lastQuantity(gapText))) return [];
  return refs;
}

/** Region references before a trigger in its own clause (passives, "X will be Ukrainian"). */
export function objectsBefore(s: Sentence, at: number, from: number): Ref[] {
  return s.refs.filter((r) => r.start >= from && r.end <= at && r.form !== 'country');
}

/** The antecedent of a relative clause holding `at` ("…Kherson, and Zaporizhzhia regions, which …"). */
export function antecedent(s: Sentence, at: number): Ref[] | null {
  const before = s.text.slice(0, at);
  const rel = /(?:,\s*|\s)(?:which|that)\s+(?:[\w’']+\s+){0,6}$/.exec(before);
  if (!rel) return null;
  const refs = s.refs.filter((r) => r.end <= rel.index && r.form !== 'country');
  if (!refs.length) return null;
  const last = refs[refs.length - 1];
  // "the four regions it annexed in 2022, which …": a short reduced relative may sit in between.
  if (!/^[\s,]*(?:regions?|oblasts?|provinces?|cities|towns|territories|(?:nuclear\s+)?(?:power\s+)?(?:plant|station))?(?:\s+(?:it|they|Russia|Moscow|Ukraine|Kyiv)\s+\w+(?:\s+in\s+\d{4})?)?[\s,]*$/i.test(s.text.slice(last.end, rel.index))) return null;
  return listEndingWith(s.text, refs);
}

/** The last references in `refs` (text order) that one list joins: "Donetsk, Kherson and Zaporizhzhia". */
export function listEndingWith(text: string, refs: readonly Ref[]): Ref[] {
  const list = [refs[refs.length - 1]];
  for (let i = refs.length - 2; i >= 0; i--) {
    if (!isListGlue(text.slice(refs[i].end, list[0].start))) break;
    list.unshift(refs[i]);
  }
  return list;
}

export function regionsOf(refs: Ref[]): { region: OblastIso | null; place: PlaceEntry | null; ref: Ref }[] {
  const out: { region: OblastIso | null; place: PlaceEntry | null; ref: Ref }[] = [];
  for (const ref of refs) for (const region of ref.regions) out.push({ region, place: ref.place, ref });
  return out;
}

/** "Moscow's annexation", "Russian demands": a party named right before a noun trigger. */
export function possessorBefore(s: Sentence, at: number): Side | null {
  const mention = s.actors.find((a) => a.end <= at && at - a.end <= 3);
  if (mention) return actorOf(s, mention);
  const adj = /\b(Russian|Ukrainian|Kremlin|Moscow['’]s|Kyiv['’]s|Kiev['’]s|Russia['’]s|Ukraine['’]s)\s+(?:\w+\s+)?$/.exec(s.text.slice(Math.max(0, at - 30), at));
  if (!adj) return null;
  return /^(?:Russ|Krem|Mosc)/.test(adj[1]) ? 'Russia' : 'Ukraine';
}

/**
 * "Moscow wants Kyiv to cede the 30% of Donetsk it still controls": the land a party is told to
 * give up is land that party holds, so the holder in the reduced relative is the party told.
 */
export function askedToCede(s: Sentence, refsStart: number): Side | null {
  const lead = s.text.slice(0, refsStart);
  const m = /\b(?:wants?|wanted|demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|urg(?:e|es|ed|ing)|ask(?:s|ed)?|press(?:es|ed)?|call(?:s|ed)?\s+on)\s+(?:that\s+)?(\S+(?:\s+\S+)?)\s+(?:to\s+)?(?:cede|give\s+up|hand\s+over|surrender|withdraw|pull|leave|abandon|relinquish)\b[^,;]*$/.exec(lead);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1], m[0].search(/\s/));
  const mention = s.actors.find((a) => a.start >= at && a.start < at + m[1].length);
  return mention ? actorOf(s, mention) : null;
}

// A captured or controlled object that is people, goods, a building or a flow, standing before
// the place: "captured 15 soldiers near Pokrovsk", "seized grain from farms in …", "controls the
// flow of aid into Kherson", "occupied a school in Mariupol". Not ground, so not a claim.
export const NOT_GROUND =
  /\b(?:mayors?|heads?|officials?|journalists?|activists?|volunteers?|priests?|leaders?|deputies|governors?|boys?|girls?|man|woman|child|family|refuge|shelter|issues|functions|responsibilit(?:y|ies)|duties|tasks|powers|soldiers|servicemen|troops|fighters|prisoners|POWs|civilians|residents|people|men|women|children|hostages|mercenaries|grain|wheat|equipment|weapons|tanks|vehicles|ammunition|documents|property|assets|businesses|companies|homes|houses|apartments|schools?|hospitals?|churches|buildings?|offices|flow|supply|supplies|power\s+lines?|electricity|water|gas|grid|airspace|media|narrative|initiative|momentum|agenda|budget|money|funds|sea\s+lanes?|shipping)\b/i;

export const HELD_GROUND =
  /^(?:\s|,|on(?:to)?\b|out\b|firm\b|on\s+to\b|the\b|a\b|an\b|only\b|still\b|just\b|any\b|no\b|(?:one|two|three)?[- ]?(?:fifths?|thirds?|quarters?)\b|fifth\b|third\b|quarter\b|including\b|of\b|in\b|at\b|near\b|around\b|outside\b|inside\b|and\b|parts?\b|most\b|much\b|all\b|some\b|half\b|few\b|several\b|small\b|large\b|remaining\b|last\b|entire\b|whole\b|northern\b|southern\b|eastern\b|western\b|central\b|right\b|left\b|bank\b|positions?\b|lines?\b|ground\b|territory\b|areas?\b|districts?\b|outskirts\b|villages?\b|towns?\b|settlements?\b|cities\b|city\b|pockets?\b|strip\b|foothold\b|bridgehead\b|about\b|around\b|roughly\b|nearly\b|almost\b|\d+(?:\.\d+)?\s*(?:%|percent|per cent))*$/i;

/** "the parts of the Donetsk region it still controls": the objects stand before the subject. */
export function reducedRelative(s: Sentence, at: number): { refs: Ref[]; from: number; framed: boolean } | null {
  const prior = s.refs.filter((r) => r.end <= at);
  const last = prior[prior.length - 1];
  if (!last) return null;
  const between = s.text.slice(last.end, at);
  if (!/^['’]?s?\s*(?:regions?|oblasts?|provinces?)?\s*(?:that|which)?\s*(?:it|they|Russia|Ukraine|Kyiv|Kiev|Moscow|(?:Russian|Ukrainian|Kyiv['’]s|Moscow['’]s|its|their)\s+\w+)\s+(?:still\s+|now\s+|currently\s+|already\s+|no\s+longer\s+)?$/.test(between)) return null;
  const list = listEndingWith(s.text, prior);
  const lead = s.text.slice(Math.max(0, list[0].start - 40), list[0].start);
  return { refs: list, from: list[0].start - lead.length, framed: false };
}

// The object of a control verb that is a stretch of ground rather than a named place.
const GROUND_OBJECT =
  /^\s+(?:only\s+|still\s+)?(?:the\s+|a\s+|some\s+|several\s+)?(?:(?:entire|whole|western|eastern|northern|southern|right|left|small|narrow|last|remaining|few)\s+)*(?:part|parts|bank|positions|pockets?|strip|sliver|foothold|bridgehead|outskirts|villages|districts)\b/i;

/**
 * "pushed Russian troops back across the Dnipro in the Kherson region and now hold the entire
 * right bank": a stretch of ground with no name of its own lies in the region the same sentence
 * has just named (one region only, or it is ambiguous).
 */
export function groundInRegion(s: Sentence, at: number, verbEnd: number): { refs: Ref[]; from: number; framed: boolean } | null {
  if (!GROUND_OBJECT.test(s.text.slice(verbEnd, verbEnd + 80))) return null;
  const prior = s.refs.filter((r) => r.end <= at && r.form !== 'country' && r.form !== 'site');
  const regions = new Set(prior.flatMap((r) => r.regions));
  if (prior.length === 0 || regions.size !== 1) return null;
  const ref = prior[prior.length - 1];
  return { refs: [{ ...ref, place: null, form: 'oblast' }], from: ref.start, framed: true };
}

/** "In the Kherson region, Ukrainian forces control the right bank": the region frames the clause. */
export function framingRegion(s: Sentence, at: number): { refs: Ref[]; from: number; framed: boolean } | null {
  const ref = s.refs.find(
    (r) => r.end <= at && r.form !== 'country' && /(?:^|[,;]\s*)(?:In|in|Across|across|Inside|inside)\s+(?:the\s+)?(?:(?:southern|eastern|northern|western|occupied|partly\s+occupied)\s+)?$/.test(s.text.slice(0, r.start)),
  );
  if (!ref || !/,/.test(s.text.slice(ref.end, at))) return null;
  return { refs: [ref], from: ref.start, framed: true };
}

/** Movement of people ("refugees entered Russia", "evacuees were taken to Zaporizhzhia") is never an advance. */
export const PEOPLE_MOVING =
  /\b(?:civilians|refugees|residents|people(?!['’]s)|citizens|evacuees|children|families|women|IDPs|displaced|persons|buses|convoys?|trains?|humanitarian|aid|cargo|volunteers|passengers)\b/;

/** A new predicate coordinated after a verb's object ("captured Crimea and started a war in Donbas"). */
export const NEW_PREDICATE =
  /\b(?:and|but|then|while)\s+(?:then\s+)?(?:\w+ly\s+)?(?:be|is|are|was|were|has|have|had|will|would|\w+ed|began|begun|took|made|went|came|put|set|led|won|fought|hit|left|kept|held|brought|sent|became|started|launched|unleashed)\b/;

/** "to liberate", "to hold": an infinitive of purpose names an aim, not a fact ("continued to hold" still is one). */
export function infinitiveOfPurpose(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  if (/\b(?:continu\w*|manag\w*|succeed\w*|able|used|began|begun|start\w*|still)\s+to\s+$/i.test(before)) return false;
  // "was to encircle … and to annex": the second infinitive shares the first one's purpose.
  if (/\band\s+to\s+$/.test(before)) {
    const wide = text.slice(Math.max(0, at - 160), at);
    const first = wide.search(/\bto\s+[^.;]*\band\s+to\s+$/);
    if (first >= 0) return infinitiveOfPurpose(text, Math.max(0, at - 160) + first + 3);
  }
  return /\b(?:steps|measures|ways|opportunit\w*|initiatives?|proposals?|chance|strateg\w*|goals?|aims?|aimed|plans?|planned|planning|attempts?|attempted|efforts?|bid|intent\w*|intend\w*|wants?|wanted|seeks?|sought|try|tries|trying|tried|ready|prepared|actions?|operations?|orders?|ordered|forces|troops|units|reserves|needs?|must|failed|fail|hopes?|hoped|tasks?|objectives?|mission|decided|decision|was|were|is|are|be)\s+(?:\w+\s+){0,2}?to\s+$/i.test(before);
}

/** The side an adjective or possessive names ("Russian", "Moscow's", "Kremlin"). */
export function side(word: string): Side {
  return /^(?:Russ|Mosc|Krem)/.test(word) ? 'Russia' : 'Ukraine';
}

/** "is held", "was occupied by": the verb's subject is the ground held. */
export function isPassive(s: Sentence, start: number, end: number): boolean {
  return /\b(?:is|are|was|were|been|being|be|remains?|remained)\s+(?:\w+ly\s+)?$/.test(s.text.slice(Math.max(0, start - 30), start)) || /^\s+by\b/.test(s.text.slice(end));
}

/** "occupied" as the active verb of a party ("Russian forces have occupied …"), not an adjective or passive. */
export function activeOccupied(s: Sentence, start: number, end: number): boolean {
  const before = s.text.slice(Math.max(0, start - 30), start);
  return !isPassive(s, start, end) && (/\b(?:has|have|had)\s+(?:\w+ly\s+)?$/.test(before) || s.actors.some((a) => a.end <= start && start - a.end <= 2));
}
