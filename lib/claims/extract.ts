// The claim extractor: document text in, attributed territorial claims out, each tied to the
// sentence it came from. Pure and deterministic; rules read clauses, not any one article.
import { OBLAST_ISOS, type OblastIso } from '@/lib/oblasts';
import { findActors, otherSide, publisherSide, sideOf, type ActorMention, type Side } from './actors';
import { emptyPeople, findCredit, notePeople, type Credit, type PeopleIndex } from './attribution';
import { clauseStart, hypotheticalBetween, isListGlue, negatedBetween, objectsEnd, subjectStart } from './clauses';
import { lastQuantity, type Quantity } from './extent';
import { findMentions, regionalCapital, type Mention, type PlaceEntry } from './gazetteer';
import { claimId } from './id';
import { paragraphs, sentences, type SplitMode, type Span } from './text';
import type { Attribution, Claim, ClaimKind, Extent, SourceDocument } from './types';

/** A region reference with its anaphor or ambiguity resolved; region null is Ukraine as a whole. */
interface Ref {
  start: number;
  end: number;
  regions: (OblastIso | null)[];
  place: PlaceEntry | null;
  form: Mention['form'] | 'country';
  /** A name, not a pronoun or "the region": anaphors must sit right next to their verb. */
  named: boolean;
}

interface Draft {
  kind: ClaimKind;
  region: OblastIso | null;
  actor: Side;
  extent: Extent | null;
  percent: number | null;
  place: PlaceEntry | null;
  /** Read from "not fully" said of several regions at once: true of the group, not of each. */
  collective: boolean;
}

interface Context {
  sentence: number;
  lastRegion: { region: OblastIso; place: PlaceEntry | null; site: boolean; sentence: number; order: number } | null;
  lastLocality: { place: PlaceEntry; sentence: number; order: number } | null;
  /** `group`: named as one region ("the Donbas"), so "the region" may point back at it. */
  lastSet: { regions: OblastIso[]; sentence: number; order: number; group?: boolean } | null;
  order: number;
  lastActor: Side | null;
  demandActor: Side | null;
  people: PeopleIndex;
  publisherSide: Side | null;
}

// Cheap gate: a sentence without any of these stems cannot carry a claim, so the costlier steps
// (mentions, actors, credit) are skipped for it. Keep in step with the trigger patterns below.
const TRIGGER_GATE =
  /\b(?:control|occup|hold|held|hands|captur|seiz|took|tak(?:e|en|es|ing)\b|retak|retook|recaptur|regain|liberat|enter|storm|advanc|push|gain|clos(?:ing|ed|es) in|encircl|break|broke|overr|fell|fall|annex|incorporat|absor|accession|subjects? of|entit(?:y|ies) of|claim|part of|international|give up|giving up|gives up|gave up|cede|ceding|cession|surrender|hand(?:ing)? over|handover|withdr|pull|leave|leaving|abandon|relinquish|renounc|recogni|return|retreat|by force|military means|militarily|threat|vow|warn|continu|dr(?:ove|ive|iven|iving)\b|parts? of (?:Russia|the Russian)|Russian (?:territory|land|soil|region)|its (?:own )?territory|(?:is|are|be|remains?|remain) (?:Ukrain|part of Ukraine))/i;

const ALL_FOUR: OblastIso[] = [...OBLAST_ISOS];
// A party right after a preposition or a list "and" is an object, not a subject ("talks with
// Kyiv", "Russia and Ukraine"); after ", and" a new clause starts, so its party is a subject.
const PREPOSITION_BEFORE = /(?:\b(?:of|in|from|to|with|against|across|over|for|on|into|toward|towards|near|at|about|between)|(?<!,)\sand)\s+(?:the\s+)?$/i;

export interface ExtractOptions {
  /** `full` splits every paragraph with wink-nlp; the default `fast` path must give the same claims. */
  split?: SplitMode;
}

export function extractClaims(doc: SourceDocument, options: ExtractOptions = {}): Claim[] {
  const split = options.split ?? 'fast';
  const ctx: Context = {
    sentence: 0,
    lastRegion: null,
    lastLocality: null,
    lastSet: null,
    order: 0,
    lastActor: null,
    demandActor: null,
    people: emptyPeople(),
    publisherSide: publisherSide(doc.publisher),
  };
  const drafts: { draft: Draft; quote: Span; attribution: Attribution }[] = [];
  for (const paragraph of paragraphs(doc.text)) {
    if (paragraph.boilerplate) continue;
    let oblastsInParagraph: Set<OblastIso> | null = null;
    const paragraphOblastSet = () => (oblastsInParagraph ??= paragraphOblasts(paragraph.text));
    // A paragraph with no trigger cannot hold a claim: skip splitting it and only carry its
    // names forward as context, read as one sentence.
    const parts = paragraph.heading ? [paragraph] : split === 'full' || TRIGGER_GATE.test(paragraph.text) ? sentences(paragraph, split) : [paragraph];
    for (const sentence of parts) {
      ctx.sentence++;
      const text = sentence.text;
      const gated = !paragraph.heading && TRIGGER_GATE.test(text);
      const refs = resolveMentions(text, findMentions(text), ctx, paragraphOblastSet);
      // Actors feed claims, and the last-named party for "it" in later sentences; a sentence
      // without a trigger rarely changes who "it" is, so it is not scanned.
      const actors = gated ? findActors(text) : [];
      if (gated) {
        const credit = findCredit(text, ctx.people);
        const found = claimsIn(text, refs, actors, credit, ctx);
        const attribution: Attribution = credit
          ? { source: credit.source, speaker: credit.speaker, verb: credit.verb }
          : { source: doc.publisher ?? 'the article', speaker: null, verb: null };
        for (const draft of found) drafts.push({ draft, quote: sentence, attribution });
      }
      notePeople(ctx.people, text);
      const firstActor = actors.find((a) => a.actor && !PREPOSITION_BEFORE.test(text.slice(0, a.start)));
      if (firstActor?.actor) ctx.lastActor = firstActor.actor;
    }
  }
  return finalise(doc, drafts);
}

/** Oblasts named anywhere in the paragraph, for placing a locality whose name is in several. */
function paragraphOblasts(paragraph: string): Set<OblastIso> {
  const out = new Set<OblastIso>();
  if (!/Luh|Lug|Don|Kher|Zapor/.test(paragraph)) return out;
  for (const m of findMentions(paragraph)) if (m.form === 'oblast' || m.form === 'group') m.regions.forEach((r) => out.add(r));
  return out;
}

// A locality followed by another oblast's name ("Pavlivka, Kharkiv region") is a namesake elsewhere.
const OTHER_OBLAST_AFTER =
  /^['’]?s?,?\s+(?:in\s+)?(?:the\s+)?(?:Kharkiv|Dnipropetrovsk|Dnipro|Mykolaiv|Sumy|Kyiv|Chernihiv|Odesa|Odessa|Poltava|Zhytomyr|Belgorod|Kursk|Bryansk|Rostov|Voronezh|Crimea)\b/;

function resolveMentions(sentence: string, mentions: Mention[], ctx: Context, paragraphOblastSet: () => Set<OblastIso>): Ref[] {
  const refs: Ref[] = [];
  const explicitHere = new Set<OblastIso>();
  for (const m of mentions) if (m.form === 'oblast' || m.form === 'group') m.regions.forEach((r) => explicitHere.add(r));
  const seenHere: OblastIso[] = [];
  for (const m of mentions) {
    const order = ++ctx.order;
    if (m.form === 'locality') {
      if (OTHER_OBLAST_AFTER.test(sentence.slice(m.end, m.end + 40))) continue;
      const place =
        m.places.find((p) => explicitHere.has(p.region)) ??
        (m.places.length > 1 ? m.places.find((p) => paragraphOblastSet().has(p.region)) : undefined) ??
        m.places[0];
      refs.push({ start: m.start, end: m.end, regions: [place.region], place, form: 'locality', named: true });
      ctx.lastLocality = { place, sentence: ctx.sentence, order };
      ctx.lastRegion = { region: place.region, place, site: false, sentence: ctx.sentence, order };
      seenHere.push(place.region);
      continue;
    }
    if (m.form === 'oblast' || m.form === 'group' || m.form === 'site') {
      refs.push({ start: m.start, end: m.end, regions: [...m.regions], place: null, form: m.form, named: true });
      if (m.regions.length === 1) ctx.lastRegion = { region: m.regions[0], place: null, site: m.form === 'site', sentence: ctx.sentence, order };
      else ctx.lastSet = { regions: [...m.regions], sentence: ctx.sentence, order, group: m.form === 'group' };
      seenHere.push(...m.regions);
      continue;
    }
    const resolved = resolveAnaphor(m, ctx, seenHere);
    // A descriptive plural ("the four regions", "both republics", "the regional capital") is as
    // specific as a name; only "it", "the region" and "the city" must sit next to their verb.
    const descriptive = m.need === 'four' || m.need === 'several' || m.need === 'republics' || m.need === 'capital';
    if (resolved) refs.push({ start: m.start, end: m.end, named: descriptive, form: resolved.site ? 'site' : 'anaphor', regions: resolved.regions, place: resolved.place });
  }
  const distinct = [...new Set(seenHere)];
  const onlyGroup = mentions.every((m) => m.form === 'group' || m.form === 'anaphor');
  if (distinct.length >= 2) ctx.lastSet = { regions: distinct, sentence: ctx.sentence, order: ctx.order, group: onlyGroup };
  return refs;
}

const RECENT = 3; // sentences an anaphor may reach back

function resolveAnaphor(m: Mention, ctx: Context, seenHere: OblastIso[]): { regions: OblastIso[]; place: PlaceEntry | null; site?: boolean } | null {
  const recent = (s: number) => ctx.sentence - s <= RECENT;
  const region = ctx.lastRegion && recent(ctx.lastRegion.sentence) ? ctx.lastRegion : null;
  const set = ctx.lastSet && recent(ctx.lastSet.sentence) ? ctx.lastSet : null;
  switch (m.need) {
    case 'region':
    case 'capital':
    case 'it': {
      // "the Donbas … the region": a group named as one region is its antecedent.
      if (m.need !== 'capital' && set?.group && (!region || set.order > region.order) && (m.need === 'region' || ctx.sentence - set.sentence <= 1)) {
        return { regions: [...set.regions], place: null };
      }
      if (m.need === 'capital') {
        const capital = region ? regionalCapital(region.region) : undefined;
        return capital && region && !(set && set.order > region.order) ? { regions: [region.region], place: capital } : null;
      }
      if (!region) return null;
      // "the region" right after a list of several is ambiguous.
      if (set && set.order > region.order) return null;
      if (m.need === 'it' && ctx.sentence - region.sentence > 1) return null;
      // "it" after "the Zaporizhzhia nuclear power plant" is the plant, not the region.
      return { regions: [region.region], place: m.need === 'it' ? region.place : null, site: m.need === 'it' && region.site };
    }
    case 'locality': {
      const loc = ctx.lastLocality && recent(ctx.lastLocality.sentence) ? ctx.lastLocality : null;
      return loc ? { regions: [loc.place.region], place: loc.place } : null;
    }
    case 'several': {
      const here = [...new Set(seenHere)];
      if (here.length >= 2) return { regions: here, place: null };
      return set ? { regions: [...set.regions], place: null } : null;
    }
    case 'four':
      return { regions: set && set.regions.length === 4 ? [...set.regions] : [...ALL_FOUR], place: null };
    case 'republics': {
      const here = [...new Set(seenHere)];
      const pool = here.length >= 2 ? here : set?.regions ?? [];
      return pool.length >= 2 && pool.every((r) => r === 'UA-09' || r === 'UA-14') ? { regions: [...pool], place: null } : null;
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Per-sentence reading

interface Sentence {
  text: string;
  refs: Ref[];
  actors: ActorMention[];
  credit: Credit | null;
  speakerSide: Side | null;
  ctx: Context;
  /** Character ranges already read by a more specific pattern. */
  used: [number, number][];
  out: Draft[];
}

// Each kind's patterns only run when one of its stems is in the sentence.
const KIND_GATES = {
  legal: /international/i,
  sovereignty: /annex|incorporat|absor|accession|subjects? of|entit(?:y|ies) of|claim|parts? of|Russian (?:territory|land|soil|region)|(?:is|are|be|remains?) (?:Ukrain|part of Ukraine)/i,
  threat: /force|military means|militarily|threat|vow|warn|continu|battlefield|(?:will|would|could|might|may|shall|['’]ll)\s+(?:\w+\s+){0,3}?(?:take|seize|capture|occupy|conquer)\b/i,
  advance: /claim|establish|assum|withdr|pull|retreat|abandon|lost control|captur|seiz|took|tak(?:e|en|es|ing)\b|overr|recaptur|retak|retook|regain|liberat|enter|storm|advanc|push|dr(?:ove|ive|iven|iving)\b|clos|gain|progress|inroads|break|broke|encircl|mov|fell|fall|not\s+(?:yet\s+)?(?:fully|completely|entirely)/i,
  control: /control|occup|hold|held|hands|retain|keep/i,
};

function claimsIn(text: string, refs: Ref[], actors: ActorMention[], credit: Credit | null, ctx: Context): Draft[] {
  const creditSide = credit ? sideOf(`${credit.phrase} ${credit.speaker ?? ''}`) : null;
  const s: Sentence = {
    text,
    refs: [...refs, ...countryRefs(text)].sort((a, b) => a.start - b.start),
    actors,
    credit,
    speakerSide: creditSide ?? ctx.publisherSide,
    ctx,
    used: [],
    out: [],
  };
  if (KIND_GATES.legal.test(text)) legalStatus(s);
  if (KIND_GATES.sovereignty.test(text)) sovereignty(s);
  demand(s);
  if (KIND_GATES.threat.test(text)) threat(s);
  if (KIND_GATES.advance.test(text)) {
    advance(s);
    withdrawals(s);
  }
  if (KIND_GATES.control.test(text)) control(s);
  return s.out;
}

/** "20% of Ukraine", "a fifth of Ukraine's territory": Ukraine as a whole, only after a quantity. */
function countryRefs(text: string): Ref[] {
  const out: Ref[] = [];
  const re =
    /\b(?:of|in)\s+(?:the\s+)?(?:territory\s+of\s+)?(?:Ukraine(?:['’]s\s+(?:territory|land))?\b(?!['’]s\s+\S+\s+(?:region|oblast|province))|Ukrainian\s+(?:territory|land)\b)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const q = lastQuantity(text.slice(Math.max(0, m.index - 30), m.index));
    if (!q) continue;
    const start = m.index + m[0].search(/Ukrain/);
    out.push({ start, end: m.index + m[0].length, regions: [null], place: null, form: 'country', named: true });
  }
  return out;
}

function overlapsUsed(s: Sentence, start: number, end: number): boolean {
  return s.used.some(([a, b]) => start < b && a < end);
}

function emit(s: Sentence, draft: Omit<Draft, 'collective'> & { collective?: boolean }): void {
  s.out.push({ collective: false, ...draft });
}

/** The actor an actor mention stands for, resolving "we", "its forces" and "the enemy". */
function actorOf(s: Sentence, mention: ActorMention): Side | null {
  if (mention.actor) return mention.actor;
  if (mention.via === 'first-person') return s.speakerSide;
  if (mention.via === 'enemy') return s.speakerSide ? otherSide(s.speakerSide) : null;
  // "it", "its forces": the nearest party before it that heads a clause (the sentence's start,
  // or a "that"-clause: "demanded that Kyiv pull out of the parts it still holds"), so an object
  // in between ("wants Ukraine to give up the regions it has claimed") is passed over; else the
  // sentence's first named party, else the last one before the sentence.
  const before = s.actors.filter((a) => a.actor && a.start < mention.start && !PREPOSITION_BEFORE.test(s.text.slice(0, a.start)));
  const heads = before.filter((a) => /^(?:\s*|[\s\S]*(?:\bthat|[,;:—–]|\bsaid|\bsays)\s+(?:the\s+)?)$/.test(s.text.slice(0, a.start)));
  return heads[heads.length - 1]?.actor ?? before[0]?.actor ?? s.ctx.lastActor;
}

/** The subject of a trigger at `at`: the first party named in its clause, else the nearest before it. */
function subjectOf(s: Sentence, at: number): Side | null {
  const from = subjectStart(s.text, at);
  const candidates = s.actors.filter((a) => a.end <= at && !PREPOSITION_BEFORE.test(s.text.slice(0, a.start)));
  const inClause = candidates.find((a) => a.start >= from);
  const chosen = inClause ?? candidates[candidates.length - 1];
  return chosen ? actorOf(s, chosen) : null;
}

/** The agent of a passive ("occupied by Russian troops", "fell to Russian forces"). */
function agentAfter(s: Sentence, from: number): Side | null {
  return agentMentionAfter(s, from)?.side ?? null;
}

function agentMentionAfter(s: Sentence, from: number): { side: Side; end: number } | null {
  const m = /^\s*(?:by|to)\s+/.exec(s.text.slice(from));
  if (!m) return null;
  const at = from + m[0].length;
  const mention = s.actors.find((a) => a.start >= at && a.start <= at + 12);
  const side = mention ? actorOf(s, mention) : null;
  return mention && side ? { side, end: mention.end } : null;
}

// "near the border with Donetsk" places something outside that region; "the Donetsk front" is a
// direction of the fighting, not territory.
const FRONT_AFTER = /^\s+(?:front|direction|axis|sector|frontline|front line)\b/i;
// "near the border with Donetsk" places something outside that region.
const BORDER_BEFORE = /\bborders?\s+(?:with|of|between)\s+(?:the\s+)?$/i;
// "the region's governor", "Kherson's residents": a possessive naming the region's people or
// offices is not the region as ground ("the city's outskirts" still is).
const POSSESSIVE_AFTER =
  /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:governors?|mayors?|heads?|chiefs?|residents|inhabitants|people|population|citizens|civilians|authorities|administrations?|officials|leaders?|leadership|council|parliament|police|prosecutors?|children|families|voters|schools|hospitals|economy|budget|energy|water|power|gas|governments?|spokes(?:man|woman|person)|representatives?|delegates?|deputies|deputy)\b/iu;
// Between two objects of one verb only list words may stand; other places (Crimea, Kharkiv) may
// be listed with them. Anything else ("…, and Moscow has stepped up attacks in the Donetsk
// region") starts a new clause whose places are not this verb's objects.
const OTHER_PLACE = /\p{Lu}[\p{L}'’-]*/gu;

function continuesList(gap: string): boolean {
  return gap.length <= 60 && isListGlue(gap.replace(OTHER_PLACE, ' '));
}

/** Region references after a trigger, up to the end of its objects. */
function objectsAfter(s: Sentence, from: number, opts: { maxGap: number; maxLength: number; country?: boolean }): Ref[] {
  const end = objectsEnd(s.text, from, opts.maxLength);
  const candidates = s.refs.filter(
    (r) =>
      r.start >= from &&
      r.start < end &&
      (opts.country || r.form !== 'country') &&
      !BORDER_BEFORE.test(s.text.slice(Math.max(0, r.start - 24), r.start)) &&
      !FRONT_AFTER.test(s.text.slice(r.end, r.end + 24)) &&
      !POSSESSIVE_AFTER.test(s.text.slice(r.end, r.end + 40)),
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
function objectsBefore(s: Sentence, at: number, from: number): Ref[] {
  return s.refs.filter((r) => r.start >= from && r.end <= at && r.form !== 'country');
}

/** The antecedent of a relative clause holding `at` ("…Kherson, and Zaporizhzhia regions, which …"). */
function antecedent(s: Sentence, at: number): Ref[] | null {
  const before = s.text.slice(0, at);
  const rel = /(?:,\s*|\s)(?:which|that)\s+(?:[\w’']+\s+){0,4}$/.exec(before);
  if (!rel) return null;
  const refs = s.refs.filter((r) => r.end <= rel.index && r.form !== 'country');
  if (!refs.length) return null;
  const last = refs[refs.length - 1];
  // "the four regions it annexed in 2022, which …": a short reduced relative may sit in between.
  if (!/^[\s,]*(?:regions?|oblasts?|provinces?|cities|towns|territories|(?:nuclear\s+)?(?:power\s+)?(?:plant|station))?(?:\s+(?:it|they|Russia|Moscow|Ukraine|Kyiv)\s+\w+(?:\s+in\s+\d{4})?)?[\s,]*$/i.test(s.text.slice(last.end, rel.index))) return null;
  const list = [last];
  for (let i = refs.length - 2; i >= 0; i--) {
    if (!isListGlue(s.text.slice(refs[i].end, list[0].start))) break;
    list.unshift(refs[i]);
  }
  return list;
}

function regionsOf(refs: Ref[]): { region: OblastIso | null; place: PlaceEntry | null; ref: Ref }[] {
  const out: { region: OblastIso | null; place: PlaceEntry | null; ref: Ref }[] = [];
  for (const ref of refs) for (const region of ref.regions) out.push({ region, place: ref.place, ref });
  return out;
}

// ---------------------------------------------------------------------------------------------
// legal-status: whose territory the region is under international law

function legalStatus(s: Sentence): void {
  if (!/international/i.test(s.text)) return;
  const patterns: RegExp[] = [
    /\b(?:recogni[sz]ed|regarded|considered|seen)\s+(?:internationally\s+|by\s+[\w\s]{0,40}?\s+)?as\s+(?:part\s+of\s+|belonging\s+to\s+)?(Ukrainian|Ukraine['’]s|Ukraine|Russian|Russia['’]s|Russia)\b/g,
    /\b(?:part\s+of|belongs?\s+to|belonging\s+to|(?:sovereign\s+)?territory\s+of)\s+(Ukraine|Russia)\b/g,
    /\b(?:internationally\s+recogni[sz]ed\s+(?:as\s+)?(?:part\s+of\s+)?)(Ukraine|Ukrainian|Russia|Russian)\b/g,
    /\b(Ukraine|Russia)['’]s\s+internationally\s+recogni[sz]ed\s+(?:borders|territory|frontiers|boundaries)\b/g,
  ];
  for (const re of patterns) {
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsUsed(s, start, end)) continue;
      const clause = clauseStart(s.text, start);
      // The law has to be named in the same clause as the ownership, not elsewhere in the sentence.
      const scope = s.text.slice(clause, objectsEnd(s.text, end, 80) + 30);
      if (!/international(?:ly)?\s+(?:law|recogni[sz]ed|community|borders)|internationally/i.test(scope)) continue;
      if (negatedBetween(s.text, clause, start)) continue;
      const actor: Side = /^Russia/.test(m[1]) ? 'Russia' : 'Ukraine';
      let refs = antecedent(s, start) ?? objectsBefore(s, start, clause);
      if (!refs.length) refs = objectsAfter(s, end, { maxGap: 120, maxLength: 160 });
      if (!refs.length) refs = s.refs.filter((r) => r.end <= start && r.form !== 'country');
      if (!refs.length) continue;
      s.used.push([start, end]);
      for (const { region, place } of regionsOf(refs)) {
        emit(s, { kind: 'legal-status', region, actor, extent: null, percent: null, place: null });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// sovereignty-claim: the actor claims or has annexed the region as its own

function sovereignty(s: Sentence): void {
  const { text } = s;
  // annexation, as a verb or a noun
  // "the treaties on the “accession” of the so-called DPR … to the Russian Federation": accession
  // counts only when the text says to what ("to Russia", "into the Russian Federation").
  const annex = /\b(?:annex(?:ed|es|ing)?|annexation(?:['"”’]?\s+of)?|incorporat(?:ed|es|ing|ion)(?:\s+of)?|absor(?:bed|bing|ption\s+of))\b|\baccession(?:['"”’]?\s+of)?(?=[^.;]{0,160}\b(?:to|into)\s+(?:Russia|the\s+Russian\s+Federation)\b)/g;
  for (let m = annex.exec(text); m; m = annex.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const isNoun = /^annexation|^incorporation|^absorption|^accession/.test(m[0]);
    let clause = clauseStart(text, start);
    if (isNoun && /\b(?:plans?|bid|threat|attempts? to)\s+(?:\w+\s+)?$/.test(text.slice(0, start))) continue;
    let refs = objectsAfter(s, end, { maxGap: 40, maxLength: 140 });
    // The annexed land follows the verb directly ("annexed four regions — Donetsk, …"), not after a comma.
    if (refs.length && /[,:;]/.test(text.slice(end, refs[0].start)) && !/^\s*(?:four|two|three)\b/.test(text.slice(end))) refs = [];
    if (!refs.length) {
      const relative = reducedRelative(s, start);
      if (relative) {
        refs = relative.refs;
        clause = refs[refs.length - 1].end;
      } else refs = antecedent(s, start) ?? objectsBefore(s, start, clause);
    }
    if (!refs.length) continue;
    if (!isNoun && (negatedBetween(text, clause, start) || hypotheticalBetween(text, clause, start))) continue;
    const actor = subjectOf(s, start) ?? possessorBefore(s, start) ?? 'Russia';
    s.used.push([start, end]);
    for (const { region } of regionsOf(refs)) emit(s, { kind: 'sovereignty-claim', region, actor, extent: null, percent: null, place: null });
    // "illegally annexed", "the illegal annexation": the text says the law still makes it the
    // other state's territory.
    if (/\b(?:illegal(?:ly)?|unlawful(?:ly)?)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, start - 30), start))) {
      for (const { region } of regionsOf(refs)) emit(s, { kind: 'legal-status', region, actor: otherSide(actor), extent: null, percent: null, place: null });
    }
  }

  // "which it has claimed", "Russia claims the region as its own"
  const claim = /\bclaim(?:s|ed|ing)?\b/g;
  for (let m = claim.exec(text); m; m = claim.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end);
    if (/^(?:\s+(?:on|in|late|early|last|this)\b[^,.;]{0,25})?\s*(?:that\b|to\b|the\s+(?:capture|control|responsibility|credit|victory|town|city|village|settlement)|(?:full|complete|total)\s+control|capture|control|responsibility|credit|victory|gains|success|it\s+had|,)/.test(after)) continue;
    if (/\bthe\s+$|\ba\s+$|\bhis\s+$|\bits\s+$/.test(text.slice(0, start)) && !/^\s+(?:to|over)\b/.test(after)) continue; // "the claim", "a claim"
    // "the four regions it claims as its own": a reduced relative is its own clause, so a
    // "would" before the regions does not make the claim hypothetical.
    const relative = /^\s+as\s+(?:its|their)\s+own\b/.test(after) ? reducedRelative(s, start) : null;
    const clause = relative ? relative.refs[relative.refs.length - 1].end : clauseStart(text, start);
    if (negatedBetween(text, clause, start) || hypotheticalBetween(text, clause, start)) continue;
    let refs = antecedent(s, start) ?? relative?.refs ?? null;
    if (!refs) {
      refs = objectsAfter(s, end, { maxGap: 25, maxLength: 80 });
      if (!refs.length && !/^\s+(?:as\s+(?:its|their)\s+own|sovereignty)/.test(after)) continue;
    }
    if (!refs.length) continue;
    const actor = subjectOf(s, start);
    if (!actor) continue;
    s.used.push([start, end]);
    for (const { region } of regionsOf(refs)) emit(s, { kind: 'sovereignty-claim', region, actor, extent: null, percent: null, place: null });
  }

  // "considers both regions part of Russia", "declared them Russian territory"
  const partOf =
    /\b(?:(?:(?:an\s+)?(?:integral|inalienable|historic(?:al)?)\s+)?parts?\s+of\s+(?:Russia|the\s+Russian\s+Federation|(?:its|their)\s+(?:own\s+)?territory)|Russian\s+(?:territory|land|soil|regions?)|(?:new|constituent)\s+regions\s+of\s+(?:Russia|the\s+Russian\s+Federation)|(?:(?:new|constituent|federal)\s+)?(?:subjects?|entit(?:y|ies))\s+of\s+(?:Russia|the\s+Russian\s+Federation))\b/g;
  for (let m = partOf.exec(text); m; m = partOf.exec(text)) {
    const start = m.index;
    const clause = clauseStart(text, start);
    const lead = text.slice(clause, start);
    if (!/\b(?:consider\w*|declar\w*|proclaim\w*|deem\w*|regard\w*|call\w*|is|are|was|were|became|become|becoming|now|as)\b/.test(lead)) continue;
    if (negatedBetween(text, clause, start) || hypotheticalBetween(text, clause, start)) continue;
    if (/international/i.test(text.slice(start, start + 80))) continue;
    // "the Donetsk region, which Putin declared part of Russia": the antecedent is before the clause.
    let refs = objectsBefore(s, start, clause);
    if (!refs.length) refs = antecedent(s, start) ?? [];
    if (!refs.length) continue;
    s.used.push([start, start + m[0].length]);
    const actor = subjectOf(s, start) ?? 'Russia';
    for (const { region } of regionsOf(refs)) emit(s, { kind: 'sovereignty-claim', region, actor, extent: null, percent: null, place: null });
  }

  // "Donbas will be Ukrainian", "Kherson is Ukraine"
  const ukrainian = /\b(?:is|are|will\s+be|remains?|will\s+remain|will\s+always\s+be|will\s+again\s+be)\s+(?:Ukrainian|Ukraine|part\s+of\s+Ukraine)\b(?!['’-])/g;
  for (let m = ukrainian.exec(text); m; m = ukrainian.exec(text)) {
    const start = m.index;
    if (/international/i.test(text)) continue;
    const clause = clauseStart(text, start);
    const subjectFrom = subjectStart(text, start);
    if (negatedBetween(text, clause, start + m[0].length) || /\b(?:if|whether|unless|think|thinks)\b/i.test(text.slice(clause, start))) continue;
    const refs = objectsBefore(s, start, subjectFrom).filter((r) => r.start >= subjectFrom);
    if (!refs.length) continue;
    s.used.push([start, start + m[0].length]);
    for (const { region } of regionsOf(refs)) emit(s, { kind: 'sovereignty-claim', region, actor: 'Ukraine', extent: null, percent: null, place: null });
  }
}

/** "Moscow's annexation", "Russian demands": a party named right before a noun trigger. */
function possessorBefore(s: Sentence, at: number): Side | null {
  const mention = s.actors.find((a) => a.end <= at && at - a.end <= 3);
  if (mention) return actorOf(s, mention);
  const adj = /\b(Russian|Ukrainian|Kremlin|Moscow['’]s|Kyiv['’]s|Kiev['’]s|Russia['’]s|Ukraine['’]s)\s+(?:\w+\s+)?$/.exec(s.text.slice(Math.max(0, at - 30), at));
  if (!adj) return null;
  return /^(?:Russ|Krem|Mosc)/.test(adj[1]) ? 'Russia' : 'Ukraine';
}

// ---------------------------------------------------------------------------------------------
// demand: the actor wants another party to give up, cede or leave the region

const DEMAND_CUE =
  /\b(?:wants?|wanted|wanting|demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|press(?:es|ed|ing)|asks?|asked|requires?|required|requirement|conditions?|ultimatum|terms|offered|must|has\s+to|have\s+to|expects?|seeks?|sought|precondition|only\s+(?:if|once|when|after)|on\s+condition\s+that|provided\s+that|in\s+(?:exchange|return)\s+for|[Oo]nce|[Aa]s\s+soon\s+as)\b(?!\s+(?:whether|if|about|questions?))/g;
// "once Kyiv withdraws …, Russia will order a ceasefire" states terms; "once Ukrainian troops
// withdrew, Russian forces moved in" tells a story. These cues count only before a future.
const FUTURE_CUE = /^(?:once|as\s+soon\s+as)$/i;

const CEDE =
  /\b(?:give\s+up|giving\s+up|gives\s+up|gave\s+up|given\s+up|cede|cedes|ceded|ceding|cession\s+of|surrender(?:ing)?|hand(?:ing)?\s+over|handover\s+of|relinquish(?:ing)?|renounc(?:e|ing)|withdraw(?:al|ing|s|n)?|withdrew|pull(?:ing|s)?\s+(?:\w+\s+){0,2}?out|pull(?:ing|s)?\s+(?:\w+\s+){0,2}?back|leave|leaving|abandon(?:ing)?|return|exit|recogni(?:[sz]e|[sz]ing|tion)(?:\s+of)?)\b/g;

// Leaving or returning is only a territorial demand when an armed party is told to do it.
const NEEDS_PARTY = /^(?:leave|leaving|return|exit|pull)/;

function demand(s: Sentence): void {
  const { text } = s;
  const continuesDemands = /^(?:These|They|Those|The\s+(?:demands|conditions|terms))\s+(?:include|included|are|were|also\s+include)\b/.test(text);
  const cues: { start: number; end: number }[] = [];
  DEMAND_CUE.lastIndex = 0;
  for (let m = DEMAND_CUE.exec(text); m; m = DEMAND_CUE.exec(text)) {
    if (FUTURE_CUE.test(m[0]) && !/\b(?:will|would|shall)\b|['’]ll\b/.test(text.slice(m.index + m[0].length))) continue;
    cues.push({ start: m.index, end: m.index + m[0].length });
  }
  let sentenceDemandActor: Side | null = null;
  for (const cue of cues) {
    const a = possessorBefore(s, cue.start) ?? subjectOf(s, cue.start);
    if (a) {
      sentenceDemandActor = a;
      break;
    }
  }
  if (!cues.length && !continuesDemands) {
    s.ctx.demandActor = null;
    return;
  }
  CEDE.lastIndex = 0;
  for (let m = CEDE.exec(text); m; m = CEDE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const verb = m[0].toLowerCase();
    if (/^recogni/.test(verb) && !/sovereignty|independence|part of Russia|Russian territory|as Russian/i.test(text)) continue;
    const cue = [...cues].reverse().find((c) => c.end <= start);
    if (!cue && !continuesDemands) continue;
    if (cue && negatedBetween(text, cue.end, start)) continue;
    if (cue && /\b(?:not|never|no)\s+(?:\w+\s+)?$/.test(text.slice(Math.max(0, cue.start - 20), cue.start))) continue;
    const refs = objectsAfter(s, end, { maxGap: /^withdraw|^pull|^recogni/.test(verb) ? 110 : 40, maxLength: 170 });
    if (!refs.length) continue;
    // The party told to give way: named between the cue and the verb, or right after it
    // ("withdrawal of Russian troops", "withdraw their troops").
    const between = s.actors.filter((a) => a.start >= (cue?.end ?? 0) && a.end <= start);
    const afterNoun = /^(?:withdraw|pull|cession|handover|recognition)/.test(verb) ? s.actors.find((a) => a.start >= end && a.start - end < 20) : undefined;
    const partyMention = between[between.length - 1] ?? afterNoun;
    const party = partyMention ? actorOf(s, partyMention) : null;
    if (NEEDS_PARTY.test(verb) && !party) continue;
    let actor: Side | null = cue ? possessorBefore(s, cue.start) ?? subjectOf(s, cue.start) : s.ctx.demandActor;
    if (actor && party && actor === party) actor = null;
    if (!actor) actor = party ? otherSide(party) : s.speakerSide;
    if (!actor) continue;
    sentenceDemandActor = actor;
    s.used.push([start, end]);
    for (const { region } of regionsOf(refs)) {
      if (region) emit(s, { kind: 'demand', region, actor, extent: null, percent: null, place: null });
    }
  }
  s.ctx.demandActor = /\b(?:demands?|conditions?|terms|ultimatum)\b/.test(text) ? sentenceDemandActor ?? s.speakerSide : null;
}

// ---------------------------------------------------------------------------------------------
// threat: the actor threatens force to take territory

const TAKING = /\b(?:take|taking|seize|seizing|capture|capturing|occupy|occupying|achieve|annex|retake|regain|liberate|conquer|march|advance|push|storm|return|recover)\b/i;

function threat(s: Sentence): void {
  const { text } = s;
  const patterns: { re: RegExp; needsModal: boolean }[] = [
    { re: /\b(?:by\s+force(?:\s+of\s+arms)?|by\s+military\s+means|through\s+military\s+means|militarily|with\s+military\s+force|by\s+armed\s+force|on\s+the\s+battlefield)\b/g, needsModal: true },
    { re: /\bthreat(?:en|ens|ened|ening)\s+to\s+(?:take|seize|capture|occupy|annex|march|advance|push|storm|conquer)\b/g, needsModal: false },
    { re: /\bvow(?:s|ed|ing)?\s+to\s+(?:take|seize|capture|liberate|retake|recapture|conquer|occupy)\b/g, needsModal: false },
    { re: /\bcontinu(?:e|es|ed|ing)\s+(?:its|the|their|our|his)\s+(?:special\s+)?(?:military\s+operation|offensive|war|fighting|advance|operation|assault)\s+until\b/g, needsModal: false },
    { re: /\bwarn(?:s|ed|ing)?\s+(?:that\s+)?(?:\S+\s+){0,3}?(?:would|will|could)\s+(?:take|seize|capture|advance|push|occupy)\b/g, needsModal: false },
    // "Russian troops might have to take the city of Zaporizhzhia as well if Kyiv …": a party's
    // own conditional promise to take more (checked below to come from that party's side).
    { re: /\b(?:will|would|could|might|may|shall)\s+(?:(?:also|then|even|simply|have\s+to|be\s+forced\s+to|be\s+ready\s+to|go\s+on\s+to|continue\s+to|keep)\s+){0,2}(?:take|taking|seize|seizing|capture|capturing|occupy|conquer)\b|['’]ll\s+(?:(?:also|have\s+to)\s+)?(?:take|seize|capture)\b/g, needsModal: false },
  ];
  for (const { re, needsModal } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsUsed(s, start, end)) continue;
      const clause = clauseStart(text, start);
      const span = text.slice(clause, start);
      if (needsModal) {
        if (!TAKING.test(span)) continue;
        if (!/\b(?:will|would|could|can|shall|ready|prepared|threat\w*|warn\w*|vow\w*|intend\w*|plans?|if|unless|otherwise)\b|['’]ll\b/i.test(text.slice(0, start))) continue;
      }
      if (/\b(?:not|never|no)\b|n['’]t\b/i.test(span.replace(/\b(?:if|unless)\b[^,]*,?/gi, ''))) continue;
      const takingAt = needsModal ? clause + span.search(TAKING) : start;
      const actor = subjectOf(s, takingAt);
      if (!actor) continue;
      // A bare modal is only a threat when it is conditional and voiced by the party itself
      // ("…, Medvedev said"); an analyst's "Russia could take Pokrovsk" is a forecast.
      const bareModal = /^(?:will|would|could|might|may|shall|['’]ll)/.test(m[0]);
      if (bareModal) {
        if (!/\b(?:if|unless|otherwise|until)\b/i.test(text.slice(end)) || s.speakerSide !== actor) continue;
        // Its object must be one of the regions, or "more territory" in general (not Odesa).
        const ahead = objectsAfter(s, end, { maxGap: 60, maxLength: 120 });
        if (!ahead.length && !/^\s+(?:(?:even\s+)?more|further|additional)\s+(?:Ukrainian\s+)?(?:territory|land|regions|cities|towns)\b/i.test(text.slice(end))) continue;
      }
      const objects = needsModal ? s.refs.filter((r) => r.start >= takingAt && r.end <= start && r.form !== 'country') : objectsAfter(s, end, { maxGap: 60, maxLength: 120 });
      s.used.push([start, end]);
      // "Kramatorsk and Sloviansk, which Russia has vowed to capture": the antecedent is the object.
      const targets = objects.length ? objects : needsModal ? [] : antecedent(s, start) ?? [];
      const regions = targets.length ? [...new Set(regionsOf(targets).map((o) => o.region))] : [null];
      for (const region of regions) emit(s, { kind: 'threat', region, actor, extent: null, percent: null, place: null });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// advance: the actor gains ground, captures or recaptures a place

const PASSIVE_CAPTURE =
  /\b(?:fell|fallen|falls|fall)\s+to\b|\b(?:was|were|has\s+been|had\s+been|have\s+been|is|are|being)\s+(?:\w+ly\s+)?(?:captured|seized|taken|recaptured|retaken|liberated|overrun)\b/g;
const NOUN_CAPTURE = /\b(?:capture|seizure|fall|liberation|recapture)\s+of\b/g;
// "claimed full control of Avdiivka", "established control over Mariupol" report a capture.
const CAPTURE =
  /\b(?:(?:claim(?:ed|s)?|establish(?:ed|es)?|assum(?:ed|es))(?=\s+(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)\b)|captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|took|tak(?:e|es|en|ing)|overr?an|overrun|recaptur(?:e|ed|es|ing)|retak(?:e|en|es|ing)|retook|regain(?:ed|s|ing)?|liberat(?:e|ed|es|ing)|enter(?:ed|s|ing)?|storm(?:ed|s|ing)?)\b/g;
const MOVE =
  /\b(?:push(?:ed|es|ing)?\s+(?:[\w’']+\s+){1,3}?(?:back|out)|dr(?:ove|iven|ive|iving)\s+(?:[\w’']+\s+){1,3}?(?:back|out)|advanc(?:e|ed|es|ing)|push(?:ed|es|ing)?\s+(?:into|toward|towards|deeper|on|through)|clos(?:ing|ed|es)\s+in|gain(?:ed|s|ing)?\s+ground|(?:made|make|makes|making)\s+(?:\w+\s+)?(?:gains|progress|advances|inroads)|broke\s+through|break(?:ing)?\s+through|encircl(?:e|ed|es|ing)|mov(?:ed|ing)\s+(?:into|toward|towards|closer))\b/g;

function advance(s: Sentence): void {
  const { text } = s;
  const tried = (start: number, end: number) => overlapsUsed(s, start, end);

  PASSIVE_CAPTURE.lastIndex = 0;
  for (let m = PASSIVE_CAPTURE.exec(text); m; m = PASSIVE_CAPTURE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const from = subjectStart(text, start);
    if (negatedBetween(text, clauseStart(text, start), end) || hypotheticalBetween(text, clauseStart(text, start), start)) continue;
    const refs = objectsBefore(s, start, from).filter((r) => r.form === 'locality' || r.form === 'oblast' || r.form === 'anaphor' || r.form === 'group');
    const actor = agentAfter(s, /to$/.test(m[0]) ? end - 2 : end);
    if (!refs.length || !actor) continue;
    s.used.push([start, end]);
    emitAdvance(s, refs, actor);
  }

  NOUN_CAPTURE.lastIndex = 0;
  for (let m = NOUN_CAPTURE.exec(text); m; m = NOUN_CAPTURE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (tried(start, end)) continue;
    const clause = clauseStart(text, start);
    if (negatedBetween(text, clause, start) || /\b(?:if|would|could|might|after|before|since|until)\b/.test(text.slice(clause, start))) continue;
    const refs = objectsAfter(s, end, { maxGap: 40, maxLength: 100 });
    const actor = possessorBefore(s, start) ?? agentAfter(s, objectsEnd(text, end, 100)) ?? subjectOf(s, start);
    if (!refs.length || !actor) continue;
    s.used.push([start, end]);
    emitAdvance(s, refs, actor);
  }

  for (const re of [CAPTURE, MOVE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (tried(start, end)) continue;
      // An adjective ("the captured town") or a passive is read elsewhere; "is advancing" is not one.
      if (!/ing$/.test(m[0]) && /\b(?:the|a|an|was|were|been|being|is|are)\s+$/.test(text.slice(Math.max(0, start - 8), start))) continue;
      // "capturing the Donbas remains his goal": a gerund names an aim, not an event.
      if (re === CAPTURE && /ing$/.test(m[0]) && !/\b(?:is|are|was|were|been|now|still)\s+$/.test(text.slice(Math.max(0, start - 8), start))) continue;
      // "took part in exercises", "took place in", "take steps": idioms, not captures.
      if (re === CAPTURE && /^t[ao]o?k/.test(m[0]) && /^\s+(?:part|place|office|power|steps|measures|note|care|questions|hostage|prisoners?|the\s+floor|responsibility|aim|shelter|cover)\b/.test(text.slice(end))) continue;
      const clause = clauseStart(text, start);
      const refs = objectsAfter(s, end, { maxGap: 90, maxLength: 140 });
      if (refs.length && re === CAPTURE && NOT_GROUND.test(text.slice(end, refs[0].start))) continue;
      if (!refs.length) continue;
      if (/\b(?:goal|aim|objective|priority|intention|task|target|ambition)\b/i.test(text.slice(end, objectsEnd(text, end, 200) + 40))) continue;
      const lead = text.slice(clause, start);
      // "has not yet taken the whole of the Donetsk region" says it holds only part of it.
      const wholeObject = re === CAPTURE && lastQuantity(text.slice(end, refs[0].start))?.extent === 'all' && refs[0].form !== 'locality';
      const notFully =
        /\bnot\s+(?:yet\s+)?(?:fully|completely|entirely)\s+$|\byet\s+to\s+(?:fully\s+)?$/.test(lead) ||
        (wholeObject && negatedBetween(text, clause, start) && !hypotheticalBetween(text, clause, start));
      if (!notFully && (negatedBetween(text, clause, start) || hypotheticalBetween(text, clause, start))) continue;
      // A unit the actor list does not know ("the Yug battlegroup") fights for the side whose
      // ministry or commander reports its gains.
      const actor = subjectOf(s, start) ?? (s.credit ? s.speakerSide : null);
      if (!actor) continue;
      s.used.push([start, end]);
      // Capturing "most of" a region, or not fully, says how much is held: that is control.
      const firstGap = text.slice(end, refs[0].start);
      const q = lastQuantity(firstGap);
      if (notFully || (re === CAPTURE && q && refs[0].form !== 'locality' && (q.percent !== null || q.extent !== 'part'))) {
        for (const { region, place } of regionsOf(refs)) {
          emit(s, { kind: 'control', region, actor, extent: notFully ? 'part' : q!.extent, percent: notFully ? null : q!.percent, place, collective: notFully && refs.length > 1 });
        }
        continue;
      }
      emitAdvance(s, refs, actor);
    }
  }

  // "which it has claimed but not fully captured": the relative clause's second verb.
  const notFully = /\bnot\s+(?:yet\s+)?(?:fully|completely|entirely)\s+(?:captured|taken|seized|controlled|occupied)\b/g;
  for (let m = notFully.exec(text); m; m = notFully.exec(text)) {
    if (tried(m.index, m.index + m[0].length)) continue;
    const refs = antecedent(s, m.index);
    if (!refs) continue;
    const actor = subjectOf(s, m.index);
    if (!actor) continue;
    s.used.push([m.index, m.index + m[0].length]);
    const collective = regionsOf(refs).length > 1;
    for (const { region, place } of regionsOf(refs)) emit(s, { kind: 'control', region, actor, extent: 'part', percent: null, place, collective });
  }
}

// A completed withdrawal hands the place to the other side: "Ukrainian troops have withdrawn
// from Vuhledar" (or "have completed their withdrawal from") is an advance by Russia there (DESIGN: advance = the actor gains ground).
const WITHDRAWAL =
  /\b(?:(?:been|were|was|being|are|is)\s+(?:driven|pushed|forced|thrown|kicked|expelled|ousted)(?:\s+(?:out|back))?|withdr(?:ew|awn|awing|aws)|pull(?:ed|s|ing)\s+(?:[\w’']+\s+){0,2}?(?:out|back)|retreat(?:ed|s|ing)?|abandon(?:ed|s|ing)|lost\s+control\s+(?:of|over)|complet(?:ed|es)\s+(?:the|their|its|a)\s+(?:\w+\s+)?withdrawal)\b/g;
// Words that make the withdrawal an order, wish or condition rather than an event.
const NOT_DONE = /\b(?:once|as\s+soon\s+as|until|demand\w*|insist\w*|call\w*\s+(?:on|for)|urg\w*|conditions?|ultimatum|terms|ask\w*|requir\w*|order\w*|wants?|refus\w*)\b/i;

function withdrawals(s: Sentence): void {
  const { text } = s;
  WITHDRAWAL.lastIndex = 0;
  for (let m = WITHDRAWAL.exec(text); m; m = WITHDRAWAL.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsUsed(s, start, end)) continue;
    // Leaving a place, not moving to one: "withdrew from X", "pulled out of X", "abandoned X";
    // leaving positions near X gives the other side ground near X, which is an advance too.
    const refs = objectsAfter(s, end, { maxGap: 60, maxLength: 120 });
    if (!refs.length) continue;
    const lead = text.slice(end, refs[0].start);
    if (!/^(?:abandon|lost)/.test(m[0]) && !/^\s+(?:(?:its|their|his|our|the|all|remaining)\s+(?:remaining\s+|last\s+)?(?:troops|forces|units|soldiers|servicemen)\s+)?(?:(?:out|back)\s+)?(?:from|of)\b/.test(lead)) continue;
    const clause = clauseStart(text, start);
    const lead2 = text.slice(clause, start);
    if (negatedBetween(text, clause, start) || hypotheticalBetween(text, clause, start) || NOT_DONE.test(lead2)) continue;
    // In the passive ("had been driven out of") the subject is still the side that left.
    const leaver = subjectOf(s, start);
    if (!leaver) continue;
    s.used.push([start, end]);
    emitAdvance(s, refs, otherSide(leaver));
  }
}

function emitAdvance(s: Sentence, refs: Ref[], actor: Side): void {
  for (const { region, place } of regionsOf(refs)) {
    if (region) emit(s, { kind: 'advance', region, actor, extent: null, percent: null, place });
  }
}

// ---------------------------------------------------------------------------------------------
// control: the actor holds all or part of the region

const CONTROL_STATE =
  /\bunder\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+|partial\s+)?(Russian|Ukrainian|Russia['’]s|Ukraine['’]s|Kyiv['’]s|Moscow['’]s|Kiev['’]s)\s+(?:military\s+)?(?:control|occupation|rule)\b|\bunder\s+(?:temporary\s+)?(occupation)\b|\bunder\s+(?:the\s+)?control\s+of\b|\bin\s+(Russian|Ukrainian)\s+hands\b/g;
const CONTROL_ADJECTIVE = /\b(?:(Russian|Ukrainian|Kyiv|Kiev|Moscow|Russia|Ukraine)-(?:held|controlled|occupied)|(?:temporarily\s+)?occupied)\b/g;
const CONTROL_VERB =
  /\b(?:control(?:s|led|ling)?|occup(?:y|ies|ying|ied)|hold(?:s|ing)?|held|retain(?:s|ed|ing)?\s+control\s+(?:of|over)|in\s+control\s+of|ha(?:s|ve|d)\s+control\s+(?:of|over)|keep(?:s|ing)?\s+control\s+of)\b/g;

function control(s: Sentence): void {
  const { text } = s;

  CONTROL_STATE.lastIndex = 0;
  for (let m = CONTROL_STATE.exec(text); m; m = CONTROL_STATE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsUsed(s, start, end)) continue;
    // Bare "under occupation" is Russia's, as with the bare adjective "occupied" below.
    const adjective = m[1] ?? m[3] ?? (m[2] ? 'Russian' : undefined);
    const actor: Side | null = adjective ? (/^(?:Russ|Mosc)/.test(adjective) ? 'Russia' : 'Ukraine') : agentAfter(s, end - 2);
    const from = subjectStart(text, start);
    if (!actor || negatedBetween(text, from, start) || hypotheticalBetween(text, from, start)) continue;
    let refs = objectsBefore(s, start, from);
    if (!refs.length) refs = objectsAfter(s, end, { maxGap: 30, maxLength: 80 });
    if (!refs.length) continue;
    s.used.push([start, end]);
    emitControl(s, refs, actor, from, start, null);
  }

  CONTROL_ADJECTIVE.lastIndex = 0;
  for (let m = CONTROL_ADJECTIVE.exec(text); m; m = CONTROL_ADJECTIVE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsUsed(s, start, end)) continue;
    const before = text.slice(Math.max(0, start - 25), start);
    const prefix = m[1];
    if (!prefix) {
      // "occupied" after an auxiliary or a party is a verb, read below.
      if (/\b(?:is|are|was|were|been|being|be|has|have|had|remains?|remained)\s+(?:\w+ly\s+)?$/.test(before)) continue;
      if (/^\s+by\b/.test(text.slice(end))) continue;
      if (s.actors.some((a) => a.end <= start && start - a.end <= 2)) continue;
    }
    const actor: Side = prefix ? (/^(?:Russ|Mosc)/.test(prefix) ? 'Russia' : 'Ukraine') : 'Russia';
    const around = s.refs.find((r) => r.start <= start && r.end >= end && r.form !== 'country');
    let refs = around ? [around] : objectsAfter(s, end, { maxGap: 45, maxLength: 90 });
    // The adjective modifies its own noun phrase: "occupied districts of the Donetsk region", not a later clause.
    if (!around && refs.length && !/^\s+(?:[\p{Ll}-]+\s+){0,4}$/u.test(text.slice(end, refs[0].start))) refs = [];
    // "Kherson, Melitopol and all other temporarily occupied cities": the list before.
    if (!refs.length && /\b(?:and|or)\s+(?:all\s+|many\s+|the\s+)?other\s+(?:temporarily\s+)?$/.test(text.slice(Math.max(0, start - 40), start))) {
      const listEnd = start;
      const prior = s.refs.filter((r) => r.end <= listEnd && r.form !== 'country');
      const list: Ref[] = [];
      for (let i = prior.length - 1; i >= 0; i--) {
        const next = list[0]?.start ?? text.slice(0, listEnd).search(/\s*,?\s*(?:and|or)\s+(?:all\s+|many\s+|the\s+)?other\s+(?:temporarily\s+)?$/);
        if (!isListGlue(text.slice(prior[i].end, next))) break;
        list.unshift(prior[i]);
      }
      refs = list;
    }
    if (!refs.length) continue;
    s.used.push([start, end]);
    for (const { region, place } of regionsOf(refs)) emit(s, { kind: 'control', region, actor, extent: 'part', percent: null, place });
  }

  CONTROL_VERB.lastIndex = 0;
  for (let m = CONTROL_VERB.exec(text); m; m = CONTROL_VERB.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsUsed(s, start, end)) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    // "took control of", "lost control of", "Russian control": other readings.
    if (/^control/.test(m[0]) && /\b(?:take|taken|took|taking|seize[sd]?|seizing|gain(?:ed|s)?|regain(?:ed|s)?|full|complete|total|under|in|lost|lose|losing|establish\w*|wrest\w*|Russian|Ukrainian|its|their|of|for|over|the|a)\s+$/.test(before)) continue;
    const passive = /\b(?:is|are|was|were|been|being|be|remains?|remained)\s+(?:\w+ly\s+)?$/.test(before) || /^\s+by\b/.test(text.slice(end));
    // Bare "occupied" before a noun is the adjective, read above ("the occupied Crimea").
    if (m[0] === 'occupied' && !passive && !/\b(?:has|have|had)\s+(?:\w+ly\s+)?$/.test(before) && !s.actors.some((a) => a.end <= start && start - a.end <= 2)) continue;
    if (passive) {
      const from = subjectStart(text, start);
      if (negatedBetween(text, from, start) || hypotheticalBetween(text, from, start)) continue;
      const agent = agentMentionAfter(s, end);
      const actor = agent?.side ?? (/^occup/.test(m[0]) ? (s.speakerSide === 'Russia' ? null : 'Russia') : null);
      if (!actor) continue;
      let refs = objectsBefore(s, start, from);
      let objectFrom = from;
      if (!refs.length) {
        const agentEnd = agent ? agent.end : end;
        refs = objectsAfter(s, agentEnd, { maxGap: 30, maxLength: 60 });
        objectFrom = agentEnd;
      }
      if (!refs.length) continue;
      s.used.push([start, end]);
      emitControl(s, refs, actor, objectFrom, refs[0].start >= end ? objectFrom : from, null);
      continue;
    }
    let clause = clauseStart(text, start);
    let refs = objectsAfter(s, end, { maxGap: 60, maxLength: 200, country: true });
    // "held a referendum in Kherson", "holding civilians in Enerhodar": holding an event or people
    // somewhere is not holding ground; only ground words may stand between "hold" and the place.
    if (/^hold|^held/.test(m[0]) && refs.length && !HELD_GROUND.test(text.slice(end, refs[0].start).replace(OTHER_PLACE, ' '))) refs = [];
    if (refs.length && NOT_GROUND.test(text.slice(end, refs[0].start))) refs = [];
    // "Russian forces have occupied Lysychansk": taking a town is an advance, not a share of the region.
    if (m[0] === 'occupied' && refs.length && refs[0].place && !lastQuantity(text.slice(end, refs[0].start))) {
      const actor = subjectOf(s, start);
      if (actor && !negatedBetween(text, clause, start) && !hypotheticalBetween(text, clause, start)) {
        s.used.push([start, end]);
        emitAdvance(s, refs.slice(0, 1), actor);
      }
      continue;
    }
    let objectsFrom = end;
    let framed = false;
    let relative: ReturnType<typeof reducedRelative> = null;
    if (!refs.length) {
      relative = reducedRelative(s, start);
      // "the Zaporizhzhia nuclear plant, which Russian troops have occupied since 2022"
      const antecedentRefs = relative ? null : antecedent(s, start);
      const before =
        relative ?? framingRegion(s, start) ?? groundInRegion(s, start, end) ?? (antecedentRefs ? { refs: antecedentRefs, from: antecedentRefs[0].start, framed: false } : null);
      if (before) {
        refs = before.refs;
        objectsFrom = before.from;
        framed = before.framed;
      }
      // "would not hand over the parts of the Donbas it still controls": the relative clause is
      // its own clause; the "would not" outside it does not negate the holding.
      if (relative) clause = Math.max(clause, relative.refs[relative.refs.length - 1].end);
    }
    if (!refs.length) continue;
    const actor = (relative && askedToCede(s, refs[0].start)) || subjectOf(s, start);
    if (!actor) continue;
    if (hypotheticalBetween(text, clause, start)) continue;
    const negated = negatedBetween(text, clause, start);
    s.used.push([start, end]);
    if (framed) {
      for (const { region, place } of regionsOf(refs)) emit(s, { kind: 'control', region, actor, extent: negated ? 'none' : 'part', percent: null, place });
      continue;
    }
    emitControl(s, refs, actor, objectsFrom, end, negated ? lastQuantity(text.slice(clause, start)) ?? { extent: 'none', percent: null } : null);
  }
}

/**
 * "Moscow wants Kyiv to cede the 30% of Donetsk it still controls": the land a party is told to
 * give up is land that party holds, so the holder in the reduced relative is the party told.
 */
function askedToCede(s: Sentence, refsStart: number): Side | null {
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
const NOT_GROUND =
  /\b(?:soldiers|servicemen|troops|fighters|prisoners|POWs|civilians|residents|people|men|women|children|hostages|mercenaries|grain|wheat|equipment|weapons|tanks|vehicles|ammunition|documents|property|assets|businesses|companies|homes|houses|apartments|schools?|hospitals?|churches|buildings?|offices|flow|supply|supplies|power\s+lines?|electricity|water|gas|grid|airspace|media|narrative|initiative|momentum|agenda|budget|money|funds|sea\s+lanes?|shipping)\b/i;

const HELD_GROUND =
  /^(?:\s|,|on(?:to)?\b|out\b|firm\b|on\s+to\b|the\b|a\b|an\b|only\b|still\b|just\b|of\b|in\b|at\b|near\b|around\b|outside\b|inside\b|and\b|parts?\b|most\b|much\b|all\b|some\b|half\b|few\b|several\b|small\b|large\b|remaining\b|last\b|entire\b|whole\b|northern\b|southern\b|eastern\b|western\b|central\b|right\b|left\b|bank\b|positions?\b|lines?\b|ground\b|territory\b|areas?\b|districts?\b|outskirts\b|villages?\b|towns?\b|settlements?\b|cities\b|city\b|pockets?\b|strip\b|foothold\b|bridgehead\b|about\b|around\b|roughly\b|nearly\b|almost\b|\d+(?:\.\d+)?\s*(?:%|percent|per cent))*$/i;

/** "the parts of the Donetsk region it still controls": the objects stand before the subject. */
function reducedRelative(s: Sentence, at: number): { refs: Ref[]; from: number; framed: boolean } | null {
  const prior = s.refs.filter((r) => r.end <= at);
  const last = prior[prior.length - 1];
  if (!last) return null;
  const between = s.text.slice(last.end, at);
  if (!/^['’]?s?\s*(?:regions?|oblasts?|provinces?)?\s*(?:that|which)?\s*(?:it|they|Russia|Ukraine|Kyiv|Kiev|Moscow|(?:Russian|Ukrainian|Kyiv['’]s|Moscow['’]s|its|their)\s+\w+)\s+(?:still\s+|now\s+|currently\s+|already\s+|no\s+longer\s+)?$/.test(between)) return null;
  const list = [last];
  for (let i = prior.length - 2; i >= 0; i--) {
    if (!isListGlue(s.text.slice(prior[i].end, list[0].start))) break;
    list.unshift(prior[i]);
  }
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
function groundInRegion(s: Sentence, at: number, verbEnd: number): { refs: Ref[]; from: number; framed: boolean } | null {
  if (!GROUND_OBJECT.test(s.text.slice(verbEnd, verbEnd + 80))) return null;
  const prior = s.refs.filter((r) => r.end <= at && r.form !== 'country' && r.form !== 'site');
  const regions = new Set(prior.flatMap((r) => r.regions));
  if (prior.length === 0 || regions.size !== 1) return null;
  const ref = prior[prior.length - 1];
  return { refs: [{ ...ref, place: null, form: 'oblast' }], from: ref.start, framed: true };
}

/** "In the Kherson region, Ukrainian forces control the right bank": the region frames the clause. */
function framingRegion(s: Sentence, at: number): { refs: Ref[]; from: number; framed: boolean } | null {
  const ref = s.refs.find(
    (r) => r.end <= at && r.form !== 'country' && /(?:^|[,;]\s*)(?:In|in|Across|across|Inside|inside)\s+(?:the\s+)?(?:(?:southern|eastern|northern|western|occupied|partly\s+occupied)\s+)?$/.test(s.text.slice(0, r.start)),
  );
  if (!ref || !/,/.test(s.text.slice(ref.end, at))) return null;
  return { refs: [ref], from: ref.start, framed: true };
}

/**
 * One control claim per referenced region, with the extent read from the words in front of
 * each name; a negated verb ("no longer controls any") turns into none, or part for "not fully".
 */
function emitControl(s: Sentence, refs: Ref[], actor: Side, objectsFrom: number, _clause: number, negation: Quantity | null): void {
  let prevEnd = objectsFrom;
  let inherited: Quantity | null = null;
  const oblastsListed = new Set(refs.filter((r) => !r.place).flatMap((r) => r.regions));
  for (const ref of refs) {
    // "most of the Zaporizhzhia region, including the city of Melitopol": the town is an example, not a second claim.
    if (ref.place && ref.regions.every((r) => oblastsListed.has(r as OblastIso))) continue;
    const gap = s.text.slice(prevEnd, ref.start);
    let q = lastQuantity(gap);
    if (!q && inherited && isListGlue(gap)) q = inherited;
    // "the region's territory": the quantity is read from the words before the name.
    inherited = q;
    prevEnd = ref.end;
    let extent: Extent;
    let percent: number | null = q?.percent ?? null;
    if (negation) {
      extent = negation.extent === 'part' || q?.extent === 'all' ? 'part' : 'none';
      percent = null;
    } else if (ref.place || ref.form === 'site') {
      extent = q?.extent === 'none' ? 'none' : 'part';
      percent = null;
    } else if (q) {
      extent = q.extent;
    } else {
      extent = /\b(?:in|inside|within|across)\s+(?:the\s+)?(?:\w+\s+)?$/.test(gap) ? 'part' : 'all';
    }
    for (const region of ref.regions) emit(s, { kind: 'control', region, actor, extent, percent, place: ref.place });
  }
}

// ---------------------------------------------------------------------------------------------
// Records

function finalise(doc: SourceDocument, drafts: { draft: Draft; quote: Span; attribution: Attribution }[]): Claim[] {
  const kept: { draft: Draft; quote: Span; attribution: Attribution }[] = [];
  const byKey = new Map<string, { draft: Draft; quote: Span }>();
  const byBase = new Map<string, { draft: Draft; quote: Span }>();
  const fullyHeld = new Set<string>();
  for (const entry of drafts) {
    const { draft, quote } = entry;
    // One claim a region, not one a locality; a document states a claim once, and a
    // restatement later adds nothing to the map.
    // A restatement credited to another source is another statement ("ISW assessed …",
    // "milbloggers claimed …"): the map lists each source's claim. An uncredited restatement is
    // the article repeating what it already reported.
    const base = [draft.kind, draft.region, draft.actor, draft.extent, draft.percent].join('|');
    const credited = entry.attribution.verb !== null;
    const key = credited ? `${base}|${entry.attribution.source}` : base;
    const earlier = byKey.get(key) ?? (credited ? undefined : byBase.get(base));
    if (earlier) {
      // The same sentence may name the place in a second clause ("…seized Lysychansk, completing the capture of Luhansk").
      if (earlier.quote.start === quote.start && !earlier.draft.place && draft.place) earlier.draft.place = draft.place;
      continue;
    }
    // "which it has claimed but not fully captured" is true of the group, not of a member the
    // document already says is wholly held.
    if (draft.collective && fullyHeld.has(`${draft.region}|${draft.actor}`)) continue;
    const copy = { ...entry, draft: { ...draft } };
    byKey.set(key, copy);
    if (!byBase.has(base)) byBase.set(base, copy);
    kept.push(copy);
    if (draft.kind === 'control' && draft.extent === 'all') fullyHeld.add(`${draft.region}|${draft.actor}`);
  }
  const claims: Claim[] = [];
  for (const { draft, quote, attribution } of kept) {
    const place = draft.place ? { name: draft.place.name, lon: draft.place.lon, lat: draft.place.lat } : null;
    claims.push({
      id: claimId({ document: doc.id, start: quote.start, end: quote.end, kind: draft.kind, region: draft.region, actor: draft.actor, place: place?.name ?? null }),
      region: draft.region,
      kind: draft.kind,
      actor: draft.actor,
      extent: draft.kind === 'control' ? draft.extent : null,
      percent: draft.percent,
      place,
      attribution: { ...attribution },
      quote: { document: doc.id, start: quote.start, end: quote.end, text: quote.text },
    });
  }
  return claims;
}
