// Actor canonicalisation: the words a text uses for a party to the war ("Moscow", "the Kremlin",
// "Russian troops", "the occupiers", "Kyiv", "the Armed Forces of Ukraine") -> "Russia" / "Ukraine",
// and the side a person or publisher speaks for, which "we", "our troops" and "the enemy" need.

export type Side = 'Russia' | 'Ukraine';

export interface ActorMention {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  /** The canonical party; null for words that need context ("we", "its forces", "the enemy"). */
  actor: Side | null;
  /** How to resolve an actor of null: the speaker's side, the previous actor, or the other side. */
  via: 'name' | 'first-person' | 'pronoun' | 'enemy';
}

const FORCES =
  '(?:armed forces|army|military|troops|forces|soldiers|units|servicemen|fighters|defen[cs]e ministry|ministry of defen[cs]e|government|president|authorities|leadership|side|command|general staff|brigades?|marines|paratroopers|assault (?:groups|units)|artillery|counteroffensive|offensive|defenders|occupation forces|occupiers|invaders|leader|officials|proxies)';

// Officials whose surname alone stands for their state in reporting of this war.
const RUSSIAN_OFFICIALS = [
  'Putin', 'Peskov', 'Lavrov', 'Shoigu', 'Gerasimov', 'Belousov', 'Zakharova', 'Medvedev', 'Naryshkin',
  'Konashenkov', 'Pushilin', 'Pasechnik', 'Saldo', 'Balitsky', 'Ushakov', 'Nebenzya', 'Kolokoltsev',
];
const UKRAINIAN_OFFICIALS = [
  'Zelensky', 'Zelenskyy', 'Zelenskiy', 'Kuleba', 'Yermak', 'Podolyak', 'Podoliak', 'Reznikov', 'Umerov',
  'Syrskyi', 'Syrsky', 'Zaluzhnyi', 'Zaluzhny', 'Budanov', 'Shmyhal', 'Sybiha', 'Haidai', 'Starukh',
  'Tarnavskyi', 'Vereshchuk', 'Kyrylenko', 'Prokudin', 'Lysak', 'Malyar', 'Hnatov', 'Fedorov', 'Lubinets',
];

const PATTERNS: readonly { re: RegExp; actor: Side | null; via: ActorMention['via'] }[] = [
  { re: /\b(?:Russian|Moscow|Kremlin|Russia)-(?:held|controlled|occupied|annexed|installed|backed|appointed|claimed)\b/g, actor: 'Russia', via: 'name' },
  { re: /\b(?:Ukrainian|Kyiv|Kiev|Ukraine)-(?:held|controlled|occupied|backed)\b/g, actor: 'Ukraine', via: 'name' },
  { re: new RegExp(`\\b(?:the )?Armed Forces of Ukraine\\b|\\bAFU\\b|\\b(?:Ukrainian|Ukraine['’]s|Kyiv['’]s|Kiev['’]s) ${FORCES}\\b`, 'gi'), actor: 'Ukraine', via: 'name' },
  { re: new RegExp(`\\b(?:Russian|Russia['’]s|Moscow['’]s|Kremlin['’]s|pro-Russian|Russian-backed|Moscow-backed) ${FORCES}\\b|\\bRussian Federation\\b|\\bthe Kremlin\\b|\\bKremlin\\b`, 'gi'), actor: 'Russia', via: 'name' },
  // "forces of the Luhansk People's Republic and Russia", "troops of Ukraine": the party after "of".
  { re: /\b(?:[Aa]llied\s+|[Jj]oint\s+)?(?:forces|troops|units|militia|army|fighters|servicemen)\s+of\s+(?:the\s+)?(?:Russia|Russian Federation|DPR|LPR|DNR|LNR|(?:Donetsk|Luhansk|Lugansk)\s+People['’]s\s+Republics?)\b/g, actor: 'Russia', via: 'name' },
  { re: /\b(?:[Aa]llied\s+|[Jj]oint\s+)?(?:forces|troops|units|army|fighters|servicemen)\s+of\s+Ukraine\b/g, actor: 'Ukraine', via: 'name' },
  // The republics' forces fought as Russia's; DESIGN.md's parties are states.
  { re: /\b(?:DPR|LPR|DNR|LNR|(?:Donetsk|Luhansk|Lugansk) People['’]s Republic['’]s)\s+(?:people['’]s\s+)?(?:militia|forces|troops|army|fighters|units)\b/gi, actor: 'Russia', via: 'name' },
  { re: /\b(?:the )?(?:occupiers|occupying forces|occupation forces|invaders|aggressor|invader|separatists|separatist (?:forces|fighters)|Wagner(?: Group)?(?: fighters| mercenaries)?)\b/g, actor: 'Russia', via: 'name' },
  { re: new RegExp(`\\b(?:${RUSSIAN_OFFICIALS.join('|')})\\b`, 'g'), actor: 'Russia', via: 'name' },
  { re: new RegExp(`\\b(?:${UKRAINIAN_OFFICIALS.join('|')})\\b`, 'g'), actor: 'Ukraine', via: 'name' },
  { re: /\bRussia\b(?![-–]Ukraine)|\bMoscow\b/g, actor: 'Russia', via: 'name' },
  { re: /\bUkraine\b|\bKyiv\b|\bKiev\b/g, actor: 'Ukraine', via: 'name' },
  { re: /\b(?:we|We|our (?:troops|forces|military|army|defenders|soldiers|warriors|units|heroes|guys|servicemen|fighters)|Our (?:troops|forces|military|army|defenders|soldiers|warriors|units|heroes|guys|servicemen|fighters))\b/g, actor: null, via: 'first-person' },
  { re: /\b(?:its|their|Its|Their) (?:troops|forces|army|military|soldiers|units|fighters)\b|\b(?:it|they|It|They)\b/g, actor: null, via: 'pronoun' },
  { re: /\b(?:the|The) enemy\b/g, actor: null, via: 'enemy' },
];

/** Every actor reference in the sentence, in text order; overlapping matches keep the first pattern's. */
export function findActors(sentence: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (const { re, actor, via } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((a) => a.start < end && start < a.end)) continue;
      out.push({ start, end, actor, via });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True for a surname that names one of the war's officials on its own ("Zelenskyy", "Peskov"). */
export function isKnownOfficial(name: string): boolean {
  return RUSSIAN_OFFICIALS.includes(name) || UKRAINIAN_OFFICIALS.includes(name);
}

/** The side a speaker or credited source speaks for, from nationality words or a known surname. */
export function sideOf(phrase: string): Side | null {
  const russian = /\bRussia|\bKremlin|\bMoscow|\bDPR\b|\bLPR\b|People['’]s Republic/.test(phrase) || RUSSIAN_OFFICIALS.some((n) => phrase.includes(n));
  const ukrainian = /\bUkrain|\bKyiv|\bKiev/.test(phrase) || UKRAINIAN_OFFICIALS.some((n) => phrase.includes(n));
  if (russian === ukrainian) return null;
  return russian ? 'Russia' : 'Ukraine';
}

/** The side a publisher speaks for: the two governments' own sites, and the state agencies. */
export function publisherSide(publisher: string | null): Side | null {
  if (!publisher) return null;
  if (/President of Russia|kremlin\.ru|\bTASS\b|\bRIA\b|Russian Ministry|mil\.ru/i.test(publisher)) return 'Russia';
  if (/President of Ukraine|president\.gov\.ua|Ukrinform|General Staff of (?:the )?(?:Armed Forces of )?Ukraine|mod\.gov\.ua/i.test(publisher)) return 'Ukraine';
  return null;
}

export function otherSide(side: Side): Side {
  return side === 'Russia' ? 'Ukraine' : 'Russia';
}
