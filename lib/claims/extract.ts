// The claim extractor's engine: document text in, attributed territorial claims out, each tied
// to the sentence it came from. Pure and deterministic. For each sentence: gate (any rule's
// stems) → resolve mentions, parties and credit → run the rule table (./rules) in priority
// order, a span read by one rule not read again → note discourse → emit with attribution,
// rule id and the rule's measured confidence.
import { findActors, sideOf } from './actors';
import { findCredit, notePeople } from './attribution';
import { confidenceOf } from './confidence';
import { claimDate } from './dates';
import { newContext, noteDemands, paragraphOblasts, resolveMentions } from './discourse';
import { findMentions } from './gazetteer';
import { claimId } from './id';
import type { KindedDraft, Sentence } from './reading';
import { ANY_GATE, GATES, RULES } from './rules';
import { afterPreposition, countryRefs } from './syntax';
import { paragraphs, sentences, type SplitMode, type Span } from './text';
import type { Attribution, Claim, SourceDocument } from './types';
import type { OblastIso } from '@/lib/oblasts';

// An event, forum, body or format named after a place is not the place: "the Kherson Platform",
// "the Donbas Forum", "the Luhansk Regional Council", "the Zaporizhzhia Regional Military
// Administration" name things, not ground.
const NAMED_AFTER =
  /^['’]?s?\s+(?:(?:Regional|Oblast|City|State|Military|Civil|International|National|Economic|Humanitarian|Security|Peace)\s+){0,3}(?:Platform|Forum|Summit|Conference|Format|Initiative|Declaration|Agreements?|Accords?|Process|Talks|Festival|Games|Cup|Championship|Fair|Congress|Assembly|Council|Court|University|Airport|Administration|Committee|Office|Fund|Group|Battalion|Brigade|Regiment|Division|Team|Club)\b/;

export interface ExtractOptions {
  /** `full` splits every paragraph with wink-nlp; the default `fast` path must give the same claims. */
  split?: SplitMode;
  /**
   * Asked before each sentence; `true` stops the extraction with an ExtractionInterrupted. A
   * caller's time budget (the extractor itself reads no clock), checked where no state is half made.
   */
  interrupt?: () => boolean;
}

/** Thrown when `interrupt` asked the extractor to stop; `at` is how far it had read (a text offset). */
export class ExtractionInterrupted extends Error {
  readonly at: number;
  constructor(at: number) {
    super(`extraction interrupted at offset ${at}`);
    this.name = 'ExtractionInterrupted';
    this.at = at;
  }
}

// The rules read a sentence with patterns whose cost grows faster than its length, which prose
// never notices (the longest sentence a rule's gate admits in the shipped corpus and every
// fixture is under 800 characters) but a pasted text without full stops would: a 64 KB run of
// names and commas took seconds. A "sentence" longer than this is a list or a dump, not a
// statement, and is passed over like a sentence no gate admits.
const MAX_SENTENCE = 2_000;

interface Found {
  draft: KindedDraft;
  quote: Span;
  attribution: Attribution;
}

export function extractClaims(doc: SourceDocument, options: ExtractOptions = {}): Claim[] {
  const split = options.split ?? 'fast';
  const ctx = newContext(doc.publisher);
  const found: Found[] = [];
  for (const paragraph of paragraphs(doc.text)) {
    if (paragraph.boilerplate) continue;
    let oblastsInParagraph: Set<OblastIso> | null = null;
    const paragraphOblastSet = () => (oblastsInParagraph ??= paragraphOblasts(paragraph.text));
    // A paragraph no rule's gate admits cannot hold a claim: skip splitting it and only carry
    // its names forward as context, read as one sentence.
    const parts = paragraph.heading ? [paragraph] : split === 'full' || ANY_GATE.test(paragraph.text) ? sentences(paragraph, split) : [paragraph];
    for (const quote of parts) {
      if (options.interrupt?.()) throw new ExtractionInterrupted(quote.start);
      ctx.sentence++;
      const text = quote.text;
      const gated = !paragraph.heading && text.length <= MAX_SENTENCE && ANY_GATE.test(text);
      const refs = resolveMentions(text, findMentions(text), ctx, paragraphOblastSet);
      // Actors feed claims, and the last-named party for "it" in later sentences; a sentence
      // without a trigger rarely changes who "it" is, so it is not scanned.
      const actors = gated ? findActors(text) : [];
      if (gated) {
        const credit = findCredit(text, ctx.people);
        const s: Sentence = {
          text,
          refs: [...refs.filter((r) => !NAMED_AFTER.test(text.slice(r.end, r.end + 40))), ...countryRefs(text)].sort((a, b) => a.start - b.start),
          actors,
          credit,
          speakerSide: (credit ? sideOf(`${credit.phrase} ${credit.speaker ?? ''}`) : null) ?? ctx.publisherSide,
          ctx,
        };
        const drafts = readSentence(s);
        noteDemands(s, drafts);
        const attribution: Attribution = credit
          ? { source: credit.source, speaker: credit.speaker, verb: credit.verb }
          : { source: doc.publisher ?? 'the article', speaker: null, verb: null };
        for (const draft of drafts) found.push({ draft, quote, attribution });
      }
      notePeople(ctx.people, text);
      const firstActor = actors.find((a) => a.actor && !afterPreposition(text, a.start));
      if (firstActor?.actor) ctx.lastActor = firstActor.actor;
    }
  }
  return finalise(doc, found);
}

/** Runs the rule table over one sentence: each rule's matches in order, skipping spans already read. */
function readSentence(s: Sentence): KindedDraft[] {
  const used: [number, number][] = [];
  const out: KindedDraft[] = [];
  // Rules of a family share their gate, and some share a trigger (two readings of one verb):
  // test each gate and scan for each trigger once a sentence.
  const gates = new Map<RegExp, boolean>();
  const matches = new Map<RegExp, RegExpExecArray[]>();
  for (const rule of RULES) {
    let open = gates.get(rule.gate);
    if (open === undefined) gates.set(rule.gate, (open = GATES.get(rule.gate)!.test(s.text)));
    if (!open) continue;
    let found = matches.get(rule.trigger);
    if (!found) matches.set(rule.trigger, (found = matchesOf(rule.trigger, s.text)));
    for (const m of found) {
      const start = m.index;
      const end = start + m[0].length;
      if (!rule.shared && used.some(([a, b]) => start < b && a < end)) continue;
      const drafts = rule.read(s, m);
      if (!drafts) continue;
      if (!rule.shared) used.push([start, end]);
      for (const d of drafts) out.push({ ...d, kind: rule.kind, rule: rule.id });
    }
  }
  return out;
}

function matchesOf(trigger: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    if (m[0].length === 0) trigger.lastIndex++;
    out.push(m);
  }
  return out;
}

const EXTENT_RANK: Record<string, number> = { none: 0, part: 1, most: 2, all: 3 };

function finalise(doc: SourceDocument, found: Found[]): Claim[] {
  const kept: Found[] = [];
  const byKey = new Map<string, Found>();
  const byBase = new Map<string, Found>();
  const fullyHeld = new Set<string>();
  for (const entry of found) {
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
    // One sentence, one holding a side: "55% of Donetsk …, controlling the cities of Mariupol …"
    // says most of Donetsk, not most and part.
    if (draft.kind === 'control') {
      const rival = kept.find((k) => k.quote.start === quote.start && k.draft.kind === 'control' && k.draft.region === draft.region && k.draft.actor === draft.actor && k.attribution.source === entry.attribution.source);
      if (rival) {
        if (EXTENT_RANK[draft.extent ?? 'none'] > EXTENT_RANK[rival.draft.extent ?? 'none'] && draft.place === null) {
          Object.assign(rival.draft, { extent: draft.extent, percent: draft.percent, rule: draft.rule });
          // Keyed as what it now says, so a later restatement of it is still one claim.
          byKey.set(key, rival);
          if (!byBase.has(base)) byBase.set(base, rival);
          if (draft.extent === 'all') fullyHeld.add(`${draft.region}|${draft.actor}`);
        }
        continue;
      }
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
  return kept.map(({ draft, quote, attribution }) => {
    const place = draft.place ? { name: draft.place.name, lon: draft.place.lon, lat: draft.place.lat } : null;
    return {
      id: claimId({ document: doc.id, start: quote.start, end: quote.end, kind: draft.kind, region: draft.region, actor: draft.actor, place: place?.name ?? null }),
      region: draft.region,
      kind: draft.kind,
      actor: draft.actor,
      extent: draft.kind === 'control' ? draft.extent : null,
      percent: draft.percent,
      place,
      attribution: { ...attribution },
      date: claimDate(quote.text, doc.published),
      rule: draft.rule,
      confidence: confidenceOf(draft.rule),
      quote: { document: doc.id, start: quote.start, end: quote.end, text: quote.text },
    };
  });
}
