// Discourse: what carries from one sentence to the next — the regions and localities named
// last (for "the region", "the city", "it", "these four regions"), the last party named, and
// who set out the demands being listed.
import { publisherSide, type Side } from './actors';
import { emptyPeople } from './attribution';
import { findMentions, regionalCapital, type Mention, type PlaceEntry } from './gazetteer';
import type { Context, KindedDraft, Ref, Sentence } from './reading';
import { listEndingWith, possessorBefore, subjectOf } from './syntax';
import { OBLAST_ISOS, type OblastIso } from '@/lib/oblasts';

const ALL_FOUR: OblastIso[] = [...OBLAST_ISOS];

export function newContext(publisher: string | null): Context {
  return {
    sentence: 0,
    lastRegion: null,
    lastLocality: null,
    lastSet: null,
    order: 0,
    lastActor: null,
    demandActor: null,
    people: emptyPeople(),
    publisherSide: publisherSide(publisher),
  };
}

/** Oblasts named anywhere in the paragraph, for placing a locality whose name is in several. */
export function paragraphOblasts(paragraph: string): Set<OblastIso> {
  const out = new Set<OblastIso>();
  if (!/Luh|Lug|Don|Kher|Zapor/.test(paragraph)) return out;
  for (const m of findMentions(paragraph)) if (m.form === 'oblast' || m.form === 'group') m.regions.forEach((r) => out.add(r));
  return out;
}

// A locality followed by another oblast's name ("Pavlivka, Kharkiv region") is a namesake elsewhere.
const OTHER_OBLAST_AFTER =
  /^['’]?s?,?\s+(?:in\s+)?(?:the\s+)?(?:Kharkiv|Dnipropetrovsk|Dnipro|Mykolaiv|Sumy|Kyiv|Chernihiv|Odesa|Odessa|Poltava|Zhytomyr|Belgorod|Kursk|Bryansk|Rostov|Voronezh|Crimea)\b/;

export function resolveMentions(sentence: string, mentions: Mention[], ctx: Context, paragraphOblastSet: () => Set<OblastIso>): Ref[] {
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
      if (m.regions.length === 1) {
        const bare = m.form === 'oblast' && !/^['’]?s?\s+(?:region|oblast|province|people|republic)/i.test(sentence.slice(m.end, m.end + 20)) && !/\b(?:DPR|LPR|DNR|LNR)\b/.test(sentence.slice(m.start, m.end));
        ctx.lastRegion = { region: m.regions[0], place: null, site: m.form === 'site', sentence: ctx.sentence, order, bare };
      }
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
      if (loc && !(region && region.order > loc.order)) return { regions: [loc.place.region], place: loc.place };
      // "The Battle of Kherson … captured the city": a bare oblast name that is also its capital's.
      const capital = region && !region.place && !region.site && region.bare ? regionalCapital(region.region) : undefined;
      if (capital && region) return { regions: [region.region], place: capital };
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

/**
 * The regions a definite noun phrase with no object of its own points back to ("the
 * annexations", "this annexation"): the set or region named last, within two sentences, and only
 * before anything in this sentence.
 */
export function regionsInContext(s: Sentence, at: number): Ref[] {
  const before = s.refs.filter((r) => r.end <= at && r.form !== 'country');
  if (before.length) {
    // "the referendums held in the Donetsk, Kherson, Luhansk and Zaporizhzhia oblasts, … their
    // annexation": the last list named in this sentence.
    return listEndingWith(s.text, before);
  }
  const { lastSet: set, lastRegion: region, sentence } = s.ctx;
  const near = (n: number) => sentence - n <= 2 && sentence - n >= 1;
  const pick = set && near(set.sentence) && (!region || set.order >= region.order) ? set.regions : region && near(region.sentence) && !region.site ? [region.region] : [];
  return pick.length ? [{ start: at, end: at, regions: [...pick], place: null, form: 'anaphor', named: false }] : [];
}

// Cues that a sentence sets terms (the demand rules read them through demandCues()).
const DEMAND_CUE =
  /\b(?:wants?|wanted|wanting|demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|press(?:es|ed|ing)|asks?|asked|requires?|required|requirement|conditions?|ultimatum|terms|offered|must|has\s+to|have\s+to|expects?|seeks?|sought|precondition|only\s+(?:if|once|when|after)|on\s+condition\s+that|provided\s+that|in\s+(?:exchange|return)\s+for|[Oo]nce|[Aa]s\s+soon\s+as)\b(?!\s+(?:whether|if|about|questions?))/g;
// "once Kyiv withdraws …, Russia will order a ceasefire" states terms; "once Ukrainian troops
// withdrew, Russian forces moved in" tells a story. These cues count only before a future.
const FUTURE_CUE = /^(?:once|as\s+soon\s+as)$/i;

/** The demand cues of a sentence, in order (computed once a sentence, by whichever rule asks first). */
export function demandCues(s: Sentence): { start: number; end: number }[] {
  const cached = CUES.get(s);
  if (cached) return cached;
  const cues: { start: number; end: number }[] = [];
  const re = DEMAND_CUE;
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    if (FUTURE_CUE.test(m[0]) && !/\b(?:will|would|shall)\b|['’]ll\b/.test(s.text.slice(m.index + m[0].length))) continue;
    cues.push({ start: m.index, end: m.index + m[0].length });
  }
  CUES.set(s, cues);
  return cues;
}
const CUES = new WeakMap<Sentence, { start: number; end: number }[]>();

/** "These include …", "The conditions are …": the sentence goes on listing earlier demands. */
export function continuesDemands(text: string): boolean {
  return /^(?:These|They|Those|The\s+(?:demands|conditions|terms))\s+(?:include|included|are|were|also\s+include)\b/.test(text);
}

/**
 * After a sentence is read: who is setting out demands, for a next sentence that lists more of
 * them ("The conditions are: …"). The party that made the sentence's last demand, else the
 * party of its first cue, else the speaker; nobody when the sentence names no demands.
 */
export function noteDemands(s: Sentence, drafts: readonly KindedDraft[]): void {
  const cues = demandCues(s);
  if (!cues.length && !continuesDemands(s.text)) {
    s.ctx.demandActor = null;
    return;
  }
  let actor: Side | null = null;
  for (const cue of cues) {
    actor = possessorBefore(s, cue.start) ?? subjectOf(s, cue.start);
    if (actor) break;
  }
  const demands = drafts.filter((d) => d.kind === 'demand');
  if (demands.length) actor = demands[demands.length - 1].actor;
  s.ctx.demandActor = /\b(?:demands?|conditions?|terms|ultimatum)\b/.test(s.text) ? actor ?? s.speakerSide : null;
}
