// Clause windows inside a sentence: where a trigger's subject starts, how far its objects reach,
// and whether the words in front of it negate it or make it hypothetical. Cheap regex scans;
// the extractor only calls them on sentences that contain a trigger.

// Strong boundaries end a clause for negation and hypotheticals ("…, and Ukrainian officials say").
const CUE_BOUNDARY = /;|—|–|\bwhich\b|\bwho\b|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|, and\b|, as\b(?! well as)|, after\b|\bafter\b|\bbefore\b|\bbecause\b|\bsince\b|\buntil\b/g;

// Object lists run through commas ("parts of Donetsk, Kherson, and Zaporizhzhia"), so only these end them.
const OBJECT_BOUNDARY = /;|\.(?=\s|$)|[—–](?=\s)|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bwhich\b|\bwho\b|\bwhere\b|\bafter\b|\bbefore\b|\bsince\b|\bbecause\b|\bas (?=\p{Ll}+ed\b)|, (?:and )?(?=(?:the |a )?\p{Ll}+ (?:said|says|told|reported)\b)|\b(?:said|says|told|reported|according to|adding)\b|[“”"]/gu;

function lastMatchEnd(re: RegExp, text: string, before: number, floor = 0): number {
  re.lastIndex = 0;
  let at = floor;
  for (let m = re.exec(text); m && m.index < before; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end <= before && end > at) at = end;
  }
  return at;
}

/** Where the clause holding position `at` starts, for negation and hypothetical cues. */
export function clauseStart(sentence: string, at: number): number {
  return lastMatchEnd(CUE_BOUNDARY, sentence, at);
}

/** Where the objects of a trigger ending at `from` stop. */
export function objectsEnd(sentence: string, from: number, maxLength: number): number {
  OBJECT_BOUNDARY.lastIndex = from;
  const m = OBJECT_BOUNDARY.exec(sentence);
  const end = m ? m.index : sentence.length;
  return Math.min(end, from + maxLength, sentence.length);
}

/** Where the subject of a trigger at `at` may start: the last clause or list boundary before it. */
export function subjectStart(sentence: string, at: number): number {
  // A reporting verb ends its own clause: in "Energoatom said Russian troops occupying …" the
  // occupier is the reported clause's subject, not the source.
  return lastMatchEnd(/;|—|–|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthat\b|\bwhich\b|, and\b|,(?=\s)|[“”"]|\b(?:said|says|told\s+\w+|reported|announced|stated|added|assessed|believes|estimated|confirmed|acknowledged)\b/g, sentence, at);
}

const NEGATION = /\b(?:not|never|no longer|neither|nor|nowhere|no)\b|n['’]t\b/i;
const HYPOTHETICAL =
  /\b(?:will|would|could|might|may|can|cannot|should|must|shall|if|unless|whether|plans?|planned|planning|intends?|intended|aims?|aimed|aiming|goal|objective|hopes?|hoped|hoping|wants?|wanted|seeks?|sought|seeking|tr(?:y|ies|ied|ying) to|attempt\w*|fail\w*|unable|struggl\w*|bid to|threat\w*|vow\w*|prepar\w*|lacks?|lacked|chance|denied|deny|denies|refut\w*|dismiss\w*|rumou?rs?|expected to|likely to|unlikely|doubt\w*|impossible|ready to|poised to|set to|preparing|in order to|so as to|to be able to|proposal|propos\w*|supports? the|would-be|about to)\b|['’]ll\b/i;

/** True when the words between `from` and `to` negate what follows. */
export function negatedBetween(sentence: string, from: number, to: number): boolean {
  return NEGATION.test(sentence.slice(from, to));
}

/** True when the words between `from` and `to` make what follows unreal: future, wish, attempt, denial. */
export function hypotheticalBetween(sentence: string, from: number, to: number): boolean {
  return HYPOTHETICAL.test(sentence.slice(from, to));
}

const LIST_GLUE =
  /^(?:\s|,|\(|\)|-|–|—|\bboth\b|\beither\b|\balso\b|\brest\b|\bremaining\b|\b(?:temporarily\s+)?occupied\b|\bcentral\b|\band\b|\bor\b|\bas well as\b|\bincluding\b|\bthe\b|\bregions?\b|\boblasts?\b|\bprovinces?\b|\bcities\b|\btowns\b|\bvillages\b|\bparts?\b|\bof\b|\ball\b|\bmost\b|\bmuch\b|\bareas?\b|\bnorthern\b|\bsouthern\b|\beastern\b|\bwestern\b|\bsouth-eastern\b|\d+(?:\.\d+)?\s*(?:%|percent|per cent)|\babout\b|\baround\b|\bnearly\b|\balmost\b|\broughly\b|\bapproximately\b|\bsome\b|\bhalf\b|\ba\s+(?:third|quarter|fifth)\b|\btwo[- ]thirds\b|\bthree[- ]quarters\b|\bentire\b|\bwhole\b|\blarge\b|\bsmall\b|\bswathes\b|\bbulk\b|\bmajority\b|\bterritor(?:y|ies)\b|\bneighbouring\b|\bneighboring\b)*$/i;

/** True when the text between two names only continues a list ("…, Kherson, and parts of …"). */
export function isListGlue(text: string): boolean {
  return text.length <= 50 && LIST_GLUE.test(text);
}
