// Attribution: who the text credits for a sentence ("CNN reported that …", "…, Putin said.",
// "according to ISW", "X told reporters"), with speakers resolved against earlier full mentions
// ("Putin" -> "Vladimir Putin", "he" -> the last person named).
import { isKnownOfficial } from './actors';

export interface Credit {
  /** The credited outlet, body or person, as the text words it (people by their full name). */
  source: string;
  /** The credited person, if the source is one. */
  speaker: string | null;
  /** The text's own reporting verb ("said", "reported", "according to"). */
  verb: string;
  /** The words the credit was read from, for deciding whose "we" it is. */
  phrase: string;
  /** Offsets of the reporting verb within the sentence. */
  start: number;
  end: number;
}

const TITLE_WORDS = new Set(
  ('President Prime Minister Foreign Defence Defense Chancellor Secretary General Gen. Envoy Special Spokesman ' +
    'Spokeswoman Spokesperson Kremlin Russian Ukrainian Head Governor Mayor Commander Chief Deputy Adviser Advisor ' +
    'Colonel Lieutenant Lt. Col. Maj. Sgt. Ambassador Senator Sen. Rep. Vice First Dr. Mr. Mrs. Ms. Pope King ' +
    'Queen Prince Ombudsman Regional Military Administration Member National Guard Army Navy US U.S. UN NATO ' +
    'Secretary-General Director Speaker Commissioner Officer Representative Envoy Presidential Office Minister-Counsellor ' +
    'French German British American Polish Chinese Turkish European Western State Acting Former Top Senior').split(' '),
);

const ORG_WORDS =
  /\b(?:Ministry|Institute|Staff|Council|Agency|Office|Times|Post|News|Press|Service|Committee|Assembly|Nations|Union|Department|Command|Review|Journal|Network|Group|Reuters|CNN|BBC|ISW|TASS|Interfax|Ukrinform|House|Pentagon|NATO|Republic|Kremlin|Army|Forces|Bureau|Government|Parliament|Duma|Rada|Guardian|Telegraph|Bloomberg|Agence|Associated|AFP|AP|Intelligence|Police|Corps|Administration|University|Center|Centre|Foundation|Project|Monitor|DeepState|Staff|Headquarters|Security|Authority)\b/;

const NOT_NAMES = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|In|On|At|As|But|And|However|Russia|Ukraine|Moscow|Kyiv|Kiev)$/;

const PRONOUNS = /^(?:he|she|him|her|He|She|Him|Her)$/;

export interface PeopleIndex {
  /** Full names in order of first mention. */
  names: string[];
  bySurname: Map<string, string>;
  byTitle: Map<string, string>;
  /** The last person named, for "he"/"she". */
  last: string | null;
}

export function emptyPeople(): PeopleIndex {
  return { names: [], bySurname: new Map(), byTitle: new Map(), last: null };
}

// Runs of two or more capitalised words: the shape of a full name with or without a title.
const CAP_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+/gu;

/** Records the people a sentence names, with any title in front of them ("Russian President"). */
export function notePeople(people: PeopleIndex, sentence: string): void {
  // A surname alone ("Putin said") makes that person the last one named.
  for (const [surname, name] of people.bySurname) if (sentence.includes(surname)) people.last = name;
  CAP_RUN.lastIndex = 0;
  for (let m = CAP_RUN.exec(sentence); m; m = CAP_RUN.exec(sentence)) {
    const tokens = m[0].split(/\s+/).map((t) => t.replace(/['’]s$/, ''));
    let i = 0;
    while (i < tokens.length && TITLE_WORDS.has(tokens[i])) i++;
    const nameTokens = tokens.slice(i);
    if (nameTokens.length < 2 || nameTokens.length > 3) continue;
    if (nameTokens.some((t) => NOT_NAMES.test(t)) || ORG_WORDS.test(m[0]) || !/^\p{Lu}\p{Ll}/u.test(nameTokens[0])) continue;
    const name = nameTokens.join(' ');
    if (!people.names.includes(name)) people.names.push(name);
    people.bySurname.set(nameTokens[nameTokens.length - 1], name);
    people.last = name;
    if (i > 0) {
      const title = tokens.slice(0, i).join(' ');
      people.byTitle.set(title, name);
      people.byTitle.set(tokens[i - 1], name);
    }
  }
}

/** A person's fullest known name, or null when the phrase is not a person. */
export function resolvePerson(people: PeopleIndex, phrase: string): string | null {
  const text = phrase.trim().replace(/^(?:the|The)\s+/, '');
  if (PRONOUNS.test(text)) return people.last;
  const byTitle = people.byTitle.get(text);
  if (byTitle) return byTitle;
  // The trailing run of capitalised non-title words: "President of Ukraine Volodymyr Zelenskyy".
  const words = text.split(/\s+/);
  const nameTokens: string[] = [];
  for (let j = words.length - 1; j >= 0; j--) {
    const w = words[j].replace(/['’]s$/, '');
    if (!/^\p{Lu}/u.test(w) || TITLE_WORDS.has(w) || NOT_NAMES.test(w)) break;
    nameTokens.unshift(w);
  }
  if (nameTokens.length === 0 || ORG_WORDS.test(nameTokens.join(' '))) return null;
  const surname = nameTokens[nameTokens.length - 1];
  const known = people.bySurname.get(surname);
  if (known && (nameTokens.length === 1 || known.endsWith(nameTokens.join(' ')))) return known;
  if (nameTokens.length >= 2 && nameTokens.length <= 3 && words.length <= 8) return nameTokens.join(' ');
  if (nameTokens.length === 1 && isKnownOfficial(nameTokens[0])) return nameTokens[0];
  return null;
}

const VERBS =
  'said|says|say|told|tells|reported|reports|stated|states|announced|announces|warned|warns|assessed|assesses|added|adds|noted|notes|' +
  'confirmed|confirms|insisted|insists|asserted|asserts|reiterated|reiterates|emphasi[sz]ed|stressed|argued|argues|believes|believe|' +
  'estimated|estimates|estimate|wrote|writes|tweeted|posted|explained|explains|acknowledged|admitted|reaffirmed|mentioned|suggested|' +
  'alleged|claimed|claims|claim|declared|added|cautioned|predicted|indicated|observed|recalled|concluded|replied|responded|' +
  'demanded|demands|vowed|vows|threatened|threatens|pledged|promised|proclaimed';

const VERB_RE = new RegExp(`\\b(${VERBS})\\b`, 'g');
// "claimed" and "declared" are reporting verbs only when they introduce a clause or a capture;
// otherwise ("which it has claimed") they are the claim itself.
const CLAIM_AS_REPORT =
  /^(?:\s+(?:on|in|late|early|last|this)\b[^,.;]{0,25})?\s*(?:that\b|to have\b|the capture|capture of|control of|full control|(?:its|their|his|her|our)\s+(?:troops|forces|units|army|soldiers|fighters)\b|(?:Russian|Ukrainian)\s+(?:troops|forces|units|soldiers)\b|,|\.|$)/;

function quotedRanges(sentence: string): [number, number][] {
  const ranges: [number, number][] = [];
  const re = /“[^”]*”?|"[^"]*"?/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

function cleanSource(np: string): string {
  return np
    .trim()
    .replace(/^[,\s]+|[,.\s]+$/g, '')
    .replace(/^(?:the\s+)?(?:statistics|data|figures|information|reports?)\s+(?:provided|published|released|issued)\s+by\s+/i, '')
    .replace(/^The\s/, 'the ');
}

// A source is a party, body, outlet or person: never a phrase that opens with a function word
// ("As for the demands …", "It was …") or that names a place ("Zmiinyi Island").
const NOT_A_SOURCE =
  /^(?:as|for|it|its|there|this|that|these|those|when|if|because|and|but|in|on|at|with|by|from|after|before|during|while|since|so|then|thus|however|also|here|what|which|who)\b|\b(?:Island|Peninsula|Sea|River|Bay|Spit|Platform|Forum|Summit|Region|Oblast|Street|Square|Plant|Station)$/i;

function isSource(source: string): boolean {
  return source.length > 0 && !NOT_A_SOURCE.test(source);
}

/** The subject of a reporting verb: the chunk before it, joining "Name, the role of …," appositives. */
function subjectBefore(sentence: string, verbStart: number): string | null {
  const before = sentence.slice(0, verbStart);
  const quote = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'), before.lastIndexOf('“'));
  const region = before.slice(quote + 1).replace(/\s+(?:has|have|had|also|repeatedly|previously|earlier|again|further|later|then|recently|publicly|on \w+)(?=\s|$)/g, ' ');
  const chunks = region.split(/[,;:—–]/).map((c) => c.trim());
  while (chunks.length && !chunks[chunks.length - 1]) chunks.pop();
  let subject = chunks.pop();
  if (!subject) return null;
  // "…, Serhiy Haidai, the regional governor, said" / "…, the regional governor, Serhiy Haidai, said"
  const prev = chunks[chunks.length - 1];
  // (also without an article: "Dmitry Medvedev, deputy chairman of Russia's Security Council, said")
  if (/^(?:(?:the|a|an)\s+)?\p{Ll}/u.test(subject) && prev && /^(?:\p{Lu}[\p{L}'’.-]*\s?){2,4}$/u.test(prev)) subject = prev;
  const words = subject.split(/\s+/);
  if (words.length > 12) return null;
  if (/\b(?:that|which|who|if|when|because)\b/.test(subject)) return null;
  return subject;
}

/** The sentence's credit, if it has one; quoted speech inside it is not searched for verbs. */
export function findCredit(sentence: string, people: PeopleIndex): Credit | null {
  const quoted = quotedRanges(sentence);
  const inQuote = (i: number) => quoted.some(([a, b]) => i > a && i < b);

  const according = /\baccording to\s+((?:the\s+)?[^,;.“”"]+?)(?=\s*[,;.]|\s*$|\s+(?:on|in)\s)/i.exec(sentence);
  const candidates: Credit[] = [];
  if (according && !inQuote(according.index)) {
    const np = according[1];
    const person = resolvePerson(people, np)?.replace(/[.,;:]+$/, '') ?? null;
    candidates.push({
      source: person ?? cleanSource(np),
      speaker: person,
      verb: 'according to',
      phrase: np,
      start: according.index,
      end: according.index + 'according to'.length,
    });
  }
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(sentence); m; m = VERB_RE.exec(sentence)) {
    if (inQuote(m.index)) continue;
    const verb = m[1];
    const after = sentence.slice(m.index + verb.length);
    if (/^(?:claimed|claims|claim|declared)$/.test(verb) && !CLAIM_AS_REPORT.test(after)) continue;
    if (/^(?:say|believe|estimate|claim|states)$/.test(verb) && !/^\s+that\b|^[,.]|^$/.test(after)) continue;
    // "denied the claim", "member states": nouns, not reporting verbs.
    if (/^(?:claim|claims|states|reports|estimates|demands|threatens|vows|notes)$/.test(verb) && /\b(?:the|a|an|this|that|his|her|its|their|member|U\.?N\.?)\s+$/.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    let np = subjectBefore(sentence, m.index);
    if (!np) {
      // Inverted order: "…,” said Dmitry Peskov."
      const inv = /^\s+((?:\p{Lu}[\p{L}'’.-]*\s?){1,4})/u.exec(after);
      if (!inv) continue;
      np = inv[1];
    }
    if (/^(?:it|It|this|This|there|There)$/.test(np.trim())) continue;
    const person = resolvePerson(people, np)?.replace(/[.,;:]+$/, '') ?? null;
    const trimmedNp = np.trim();
    const unresolvedPronoun = PRONOUNS.test(trimmedNp);
    candidates.push({
      source: person ?? (unresolvedPronoun ? '' : cleanSource(np)),
      speaker: person,
      verb,
      phrase: np,
      start: m.index,
      end: m.index + verb.length,
    });
  }
  const usable = candidates.filter((c) => isSource(c.source) && (c.speaker === null || isSource(c.speaker)));
  if (!usable.length) return null;
  return usable.sort((a, b) => a.start - b.start)[0];
}
