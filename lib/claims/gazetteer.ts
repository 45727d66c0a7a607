// Names -> regions: finds the four oblasts (and their variants, the Donbas, the DPR/LPR) and the
// localities inside them (data/places.json) in a sentence, and the phrases that refer back to
// regions named earlier ("these four regions", "the region", "the city", "it").
import placesFile from '@/data/places.json';
import { OBLAST_ISOS, type OblastIso } from '@/lib/oblasts';
import { foldName } from './names';

export interface PlaceEntry {
  name: string;
  region: OblastIso;
  lon: number;
  lat: number;
  population: number;
}

/** A site is a facility named after the oblast ("the Zaporizhzhia nuclear power plant"): in it, not all of it. */
export type MentionForm = 'oblast' | 'group' | 'locality' | 'site' | 'anaphor';

/** What an anaphor needs from the context: one region, one locality, several, or all four. */
export type AnaphorNeed = 'region' | 'locality' | 'several' | 'four' | 'republics' | 'it' | 'capital';

export interface Mention {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  form: MentionForm;
  /** Candidate regions; a locality in several oblasts lists all of them until resolved. */
  regions: OblastIso[];
  /** Localities: every place with that name, most populous first. */
  places: PlaceEntry[];
  need: AnaphorNeed | null;
}

const [LUHANSK, DONETSK, KHERSON, ZAPORIZHZHIA] = OBLAST_ISOS;

// Folded oblast names and the Russian forms reporters use; "zaporizhia" covers Zaporizhzhia,
// Zaporizhzhya and Zaporizhya once folded.
const OBLAST_NAMES = new Map<string, OblastIso>([
  ['luhansk', LUHANSK],
  ['lugansk', LUHANSK],
  ['luhanshchina', LUHANSK],
  ['donetsk', DONETSK],
  ['donechchina', DONETSK],
  ['kherson', KHERSON],
  ['khersonshchina', KHERSON],
  ['zaporizhia', ZAPORIZHZHIA],
  ['zaporozhe', ZAPORIZHZHIA],
  ['zaporozhia', ZAPORIZHZHIA],
  ['zaporizhe', ZAPORIZHZHIA],
  ['zaporizhzhe', ZAPORIZHZHIA],
]);

const GROUP_NAMES = new Map<string, OblastIso[]>([
  ['donbas', [LUHANSK, DONETSK]],
  ['donbass', [LUHANSK, DONETSK]],
]);

const ACRONYMS: Record<string, OblastIso> = { DPR: DONETSK, DNR: DONETSK, LPR: LUHANSK, LNR: LUHANSK };

const PLACES: Map<string, PlaceEntry[]> = (() => {
  const byKey = new Map<string, PlaceEntry[]>();
  for (const p of placesFile.places) {
    const entry: PlaceEntry = { name: p.name, region: p.region as OblastIso, lon: p.lon, lat: p.lat, population: p.population };
    for (const key of p.variants) {
      const list = byKey.get(key) ?? [];
      list.push(entry);
      byKey.set(key, list);
    }
  }
  for (const list of byKey.values()) list.sort((a, b) => b.population - a.population || (a.region < b.region ? -1 : 1));
  return byKey;
})();

/** The regional capital, which shares the oblast's name ("the regional capital" -> Kherson city). */
export function regionalCapital(region: OblastIso): PlaceEntry | undefined {
  return capitalOf(region);
}

/** The locality named exactly `name` in `region`, for the regional capitals that share the oblast's name. */
function capitalOf(region: OblastIso): PlaceEntry | undefined {
  const capitals: Record<OblastIso, string> = { 'UA-09': 'luhansk', 'UA-14': 'donetsk', 'UA-65': 'kherson', 'UA-23': 'zaporizhia' };
  return PLACES.get(capitals[region])?.find((p) => p.region === region);
}

// Folding is the hot path of the gazetteer and names repeat, so keys are memoised (bounded).
const foldCache = new Map<string, string>();
function foldCached(text: string): string {
  let key = foldCache.get(text);
  if (key === undefined) {
    key = foldName(text);
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(text, key);
  }
  return key;
}

// The first word of every known name, so most capitalised words are rejected with one lookup.
const FIRST_WORDS: Set<string> = (() => {
  const out = new Set<string>();
  for (const key of [...OBLAST_NAMES.keys(), ...GROUP_NAMES.keys(), ...PLACES.keys()]) out.add(key.split(' ')[0]);
  for (const acronym of Object.keys(ACRONYMS)) out.add(foldName(acronym));
  return out;
})();

const WORD = /\p{Lu}[\p{L}'’`ʼ]*(?:-\p{L}[\p{L}'’`ʼ]*)*/gu;
const MAX_WORDS = 3;

interface Word {
  start: number;
  end: number;
}

function capitalisedRuns(sentence: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    const word = { start: m.index, end: m.index + m[0].length };
    const prev = run[run.length - 1];
    if (prev && /^ $/.test(sentence.slice(prev.end, word.start))) run.push(word);
    else {
      if (run.length) runs.push(run);
      run = [word];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Strips an English possessive so "Donetsk's" and "Ukraine’s" look the name up. */
function stem(text: string): string {
  return text.replace(/['’]s$/u, '');
}

// Each pattern with a cheap hint that must be in the sentence first.
const ANAPHORS: readonly { re: RegExp; need: AnaphorNeed; hint: RegExp }[] = [
  { re: /\b(?:all|the|these|those) four(?: \w+)?(?: \w+)? (?:regions|oblasts|provinces|territories)\b/gi, need: 'four', hint: /four/i },
  { re: /\bfour (?:(?:other|Ukrainian|annexed|occupied|partially occupied|partly occupied|eastern and southern|southern and eastern|eastern|southern|contested|disputed) ){0,2}(?:regions|oblasts|provinces)\b/gi, need: 'four', hint: /four/i },
  { re: /\b(?:the|these|those|both|the two|these two|all three|the three|these three|any of the) (?:\w+ )?(?:regions|oblasts|provinces)\b/gi, need: 'several', hint: /regions|oblasts|provinces/ },
  { re: /\b(?:both|the two|these two|the) (?:breakaway |self-proclaimed |separatist |people's |so-called )*republics\b/gi, need: 'republics', hint: /republics/ },
  { re: /\bany of the four\b|\ball four\b/gi, need: 'four', hint: /four/i },
  // "the regional capital" with no name after it: the capital of the region in context.
  // (No "i" flag on these two: with it, \p{Lu} would match lower-case letters too.)
  { re: /\b[Tt]he (?:regional|oblast|provincial) (?:capital|centre|center)\b(?!,?\s+(?:of\s+|city\s+)?\p{Lu})/gu, need: 'capital', hint: /capital|centre|center/ },
  // Reporters add a modifier or two ("the entire region", "the occupied port city", "the
  // hilltop town"); a following "of" or a name means the noun introduces a name instead.
  { re: /\b(?:the|this|that) (?:(?:entire|whole|southern|eastern|northern|western|south-eastern|frontline|front-line|neighbouring|neighboring|border|industrial|embattled|occupied|partially occupied) )?(?:region|oblast|province)\b(?!\s+of\b)/gi, need: 'region', hint: /region\b|oblast\b|province\b/ },
  { re: /\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:(?!(?:of|and|or|in|to|for|with|on|at|by|from|that|which|is|was|were|are|has|had|last|first|next|only|largest|biggest|main|two|three|other)\b)[\p{Ll}-]+ ){0,2}(?:city|town|village|settlement)\b(?!\s+of\b)(?!\s+\p{Lu})/gu, need: 'locality', hint: /city|town|village|settlement/ },
  { re: /\b(?:it|It)\b(?=\s+(?:fell|has\s+fallen|had\s+fallen|was|is|remains|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:to\b|captured|seized|taken|recaptured|retaken|liberated|occupied|annexed|incorporated|controlled|held|under\b|in\s+(?:Russian|Ukrainian)))/g, need: 'it', hint: /\b[Ii]t\b/ },
];

// "it" as the object of a territorial verb ("control only part of it", "retook it").
const VERBS_BEFORE_IT = new Set(
  'of control controls controlled occupy occupies occupied annex annexed annexes claim claims claimed capture captured captures seize seized took take taken hold holds held retake retook retaken recaptured liberated to'.split(' '),
);

function findObjectIt(sentence: string, found: Mention[]): void {
  const re = /\bit\b/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const before = /(\w+)\s$/.exec(sentence.slice(Math.max(0, m.index - 16), m.index));
    if (!before || !VERBS_BEFORE_IT.has(before[1])) continue;
    if (before[1] === 'to' && !/\bfell\s+to\s$/.test(sentence.slice(Math.max(0, m.index - 10), m.index))) continue;
    found.push({ start: m.index, end: m.index + 2, form: 'anaphor', regions: [], places: [], need: 'it' });
  }
}

/** Every region reference in the sentence, in text order, without resolving anaphors. */
export function findMentions(sentence: string): Mention[] {
  const found: Mention[] = [];
  for (const run of capitalisedRuns(sentence)) {
    let i = 0;
    while (i < run.length) {
      let matched = 0;
      const firstWord = sentence.slice(run[i].start, run[i].end);
      if (!FIRST_WORDS.has(foldCached(stem(firstWord)).split(' ')[0])) {
        i++;
        continue;
      }
      for (let n = Math.min(MAX_WORDS, run.length - i); n >= 1 && !matched; n--) {
        const start = run[i].start;
        const end = run[i + n - 1].end;
        const raw = sentence.slice(start, end);
        const text = stem(raw);
        const key = foldCached(text);
        const mention = lookup(text, key, sentence, start, start + text.length);
        if (mention) {
          found.push(mention);
          matched = n;
        }
      }
      i += matched || 1;
    }
  }
  if (/\bit\b/.test(sentence)) findObjectIt(sentence, found);
  for (const { re, need, hint } of ANAPHORS) {
    if (!hint.test(sentence)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ start, end, form: 'anaphor', regions: [], places: [], need });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function lookup(text: string, key: string, sentence: string, start: number, end: number): Mention | null {
  const acronym = ACRONYMS[text];
  if (acronym) return { start, end, form: 'oblast', regions: [acronym], places: [], need: null };
  const group = GROUP_NAMES.get(key);
  if (group) return { start, end, form: 'group', regions: [...group], places: [], need: null };
  const oblast = OBLAST_NAMES.get(key);
  if (oblast) {
    // The regional capitals share the oblast's name; "the city of Donetsk" is the locality.
    const before = sentence.slice(Math.max(0, start - 12), start);
    const after = sentence.slice(end, end + 8);
    const wider = sentence.slice(Math.max(0, start - 40), start);
    const isCity = /\bcity of\s+$/i.test(before) || /^\s+city\b/i.test(after) || /\b(?:regional|oblast|provincial) (?:capital|centre|center)(?: city)?,?\s+(?:of\s+)?$/i.test(wider);
    const capital = isCity ? capitalOf(oblast) : undefined;
    if (!capital && /^\s+(?:nuclear\s+(?:power\s+)?(?:plant|station)|NPP|power\s+plant|plant|dam|reservoir|bridge|airport|port)\b/i.test(sentence.slice(end, end + 30))) {
      return { start, end, form: 'site', regions: [oblast], places: [], need: null };
    }
    return { start, end, form: capital ? 'locality' : 'oblast', regions: [oblast], places: capital ? [capital] : [], need: null };
  }
  const places = PLACES.get(key);
  if (places) {
    const regions = [...new Set(places.map((p) => p.region))];
    return { start, end, form: 'locality', regions, places: [...places], need: null };
  }
  return null;
}
