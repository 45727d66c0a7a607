// Turns what a URL or request says about a region into one oblast: the API takes slugs and ISO
// codes in any case; region pages also take the spellings readers type (lugansk, zaporozhye,
// "Donetsk Oblast", DPR) and redirect them to the canonical slug.
import { foldName } from '@/lib/claims/names';
import { OBLASTS, type Oblast } from '@/lib/oblasts';

export function resolveRegion(input: string): Oblast | undefined {
  const wanted = input.trim().toLowerCase();
  return OBLASTS.find((o) => o.slug === wanted || o.iso.toLowerCase() === wanted);
}

// Folded spellings (see foldName) of each oblast's name, its Russian form and its acronyms.
const ALIASES: Record<Oblast['slug'], string[]> = {
  luhansk: ['luhansk', 'lugansk', 'luhanska', 'lpr', 'lnr', 'luhansk peoples republic', 'lugansk peoples republic'],
  donetsk: ['donetsk', 'donetska', 'dpr', 'dnr', 'donetsk peoples republic'],
  kherson: ['kherson', 'khersonska', 'herson'],
  zaporizhzhia: ['zaporizhia', 'zaporozhe', 'zaporozhia', 'zaporizhe', 'zaporizka'],
};

const SUFFIXES = / (oblast|region|province|oblast ukraine)$/;

/** A slug, an ISO code or a spelling variant (decoded path segment) -> the oblast, if any. */
export function resolveRegionAlias(input: string): Oblast | undefined {
  const exact = resolveRegion(input);
  if (exact) return exact;
  if (input.length > 80 || !/^[\p{L}\p{M}\s'’ʼ_-]+$/u.test(input)) return undefined;
  const folded = foldName(input.replace(/_/g, ' ')).replace(SUFFIXES, '').trim();
  return OBLASTS.find((o) => ALIASES[o.slug].includes(folded));
}
