// deriveStatus (lib/regions) decides a region's status as of a date; statusSentence
// (lib/presentation) words it. The rule is DESIGN.md's: each side's newest dated control claim up
// to the date stands, undated claims never override dated ones, disagreeing sides make it disputed.
import type { Claim } from '@/lib/claims/types';
import { testClaim } from '../support/claim';
import { disagree } from '@/lib/regions/disagreement';
import { statusSentence } from '@/lib/presentation/sentences';
import { deriveStatus } from '@/lib/regions/status';
import { statusContext } from '@/lib/regions/summary';

let n = 0;
function claim(over: Partial<Claim> & Pick<Claim, 'kind'>): Claim {
  n += 1;
  return testClaim({ id: `c-${String(n).padStart(16, '0')}`, extent: null, quote: { document: 'doc-a', start: n * 10, end: n * 10 + 5, text: 'words' }, ...over });
}

const PUBLISHED: Record<string, string | null> = { 'doc-a': '2025-11-27', 'doc-undated': null };
const PUBLISHER: Record<string, string> = { 'doc-a': 'Example News', 'doc-undated': 'Example News' };
const ctx = (asOf: string | null = null) => statusContext(asOf, (id) => PUBLISHED[id] ?? null, (id) => PUBLISHER[id] ?? null);

const KREMLIN = { source: 'the Kremlin', speaker: null, verb: 'said' };
const KYIV = { source: 'Kyiv', speaker: null, verb: 'said' };
const ISW = { source: 'ISW', speaker: null, verb: 'assessed' };
const undated = { document: 'doc-undated', start: 0, end: 5, text: 'words' };

/** The status as the page shows it: derived, then put into words. */
function status(regionName: string, claims: Claim[], asOf: string | null = null) {
  const s = deriveStatus(claims, ctx(asOf));
  return { ...s, sentence: statusSentence(regionName, s) };
}

describe('deriveStatus and its sentence', () => {
  test('with no claims says that none were found, and colours as no-claims', () => {
    const s = status('Kherson', []);
    expect(s.key).toBe('no-claims');
    expect(s.control).toBeNull();
    expect(s.sentence).toBe('No claims about Kherson were found in the source articles.');
  });

  test('says who reported the standing claim, in the source’s own verb, and when', () => {
    const s = status('Donetsk', [claim({ kind: 'control', extent: 'most', attribution: ISW })]);
    expect(s.key).toBe('russia-most');
    expect(s.control).toEqual(expect.objectContaining({ actor: 'Russia', extent: 'most', published: '2025-11-27', date: '2025-11-27', side: 'other' }));
    expect(s.sentence).toBe('ISW assessed that Russia controls most of Donetsk (27 Nov 2025).');
  });

  test('names a quoted speaker rather than the outlet', () => {
    const s = status('Luhansk', [claim({ kind: 'control', extent: 'all', attribution: { source: 'Kremlin', speaker: 'Vladimir Putin', verb: 'said' } })]);
    expect(s.sentence).toBe('Vladimir Putin said that Russia controls all of Luhansk (27 Nov 2025).');
    expect(s.control?.side).toBe('russia');
  });

  test('says "according to" when the text gives no reporting verb', () => {
    const s = status('Luhansk', [claim({ kind: 'control', extent: 'part', attribution: { source: 'Example News', speaker: null, verb: null } })]);
    expect(s.sentence).toBe('According to Example News, Russia controls parts of Luhansk (27 Nov 2025).');
  });

  test('gives the percent the text gives for partial control', () => {
    const s = status('Zaporizhzhia', [claim({ kind: 'control', extent: 'most', percent: 60 })]);
    expect(s.sentence).toBe('CNN reported that Russia controls about 60% of Zaporizhzhia (27 Nov 2025).');
  });

  test('Ukrainian control colours as ukraine', () => {
    expect(status('Kherson', [claim({ kind: 'control', actor: 'Ukraine', extent: 'most' })]).key).toBe('ukraine');
  });

  test('flags claims, demands, advances, legal status and threats by actor, without a control claim', () => {
    const s = status('Kherson', [
      claim({ kind: 'sovereignty-claim' }),
      claim({ kind: 'demand' }),
      claim({ kind: 'advance', actor: 'Ukraine' }),
      claim({ kind: 'advance' }),
      claim({ kind: 'legal-status', actor: 'Ukraine' }),
      claim({ kind: 'threat' }),
    ]);
    expect(s.key).toBe('no-control-claim');
    expect(s).toEqual(
      expect.objectContaining({ claimedBy: ['Russia'], demandedBy: ['Russia'], advancing: ['Russia', 'Ukraine'], legallyPartOf: ['Ukraine'], threatenedBy: ['Russia'], claimCount: 6 }),
    );
    expect(s.sentence).toBe(
      'No source in the articles says who controls Kherson. Also in the sources: Russia claims it; Russia demands it; Russia and Ukraine are advancing there.',
    );
  });

  test('does not mutate the claims it reads', () => {
    const claims = [claim({ kind: 'control', extent: 'part' }), claim({ kind: 'demand' })];
    const before = JSON.stringify(claims);
    status('Donetsk', claims);
    expect(JSON.stringify(claims)).toBe(before);
  });

  test('a sentence starts with a capital even when the source is named in lower case', () => {
    const s = status('Kherson', [claim({ kind: 'control', actor: 'Ukraine', extent: 'all', attribution: { source: 'the General Staff', speaker: null, verb: 'said' } })]);
    expect(s.sentence).toBe('The General Staff said that Ukraine controls all of Kherson (27 Nov 2025).');
  });
});

describe('status as of a date', () => {
  test('a newer claim overrides an older one of the same side, whatever its extent', () => {
    const old = claim({ kind: 'control', extent: 'most', percent: 60, date: '2022-06-05' });
    const newer = claim({ kind: 'control', extent: 'part', date: '2025-11-01' });
    const s = status('Zaporizhzhia', [old, newer]);
    expect(s.key).toBe('russia-part');
    expect(s.control?.claimId).toBe(newer.id);
    expect(s.control?.date).toBe('2025-11-01');
    expect(s.sides).toHaveLength(1);
    expect(s.competing).toBe(1);
  });

  test('as of a date between them, the older claim stands', () => {
    const old = claim({ kind: 'control', extent: 'most', percent: 60, date: '2022-06-05' });
    const newer = claim({ kind: 'control', extent: 'part', date: '2025-11-01' });
    const s = status('Zaporizhzhia', [old, newer], '2023-01-01');
    expect(s.asOf).toBe('2023-01-01');
    expect(s.key).toBe('russia-most');
    expect(s.control?.claimId).toBe(old.id);
    expect(s.claimCount).toBe(1);
  });

  test('as of a date before any claim there is nothing, and the sentence says up to when', () => {
    const s = status('Donetsk', [claim({ kind: 'control', extent: 'part', date: '2022-03-01' })], '2021-01-01');
    expect(s.key).toBe('no-claims');
    expect(s.control).toBeNull();
    expect(s.sentence).toBe('No claims about Donetsk were found in the source articles up to 1 Jan 2021.');
  });

  test('the day itself counts: a claim dated asOf is known as of it', () => {
    expect(status('Donetsk', [claim({ kind: 'control', extent: 'part', date: '2022-03-01' })], '2022-03-01').key).toBe('russia-part');
  });

  test('an undated claim never overrides a dated one, whatever its extent', () => {
    const dated = claim({ kind: 'control', extent: 'part', date: '2022-03-01', attribution: KYIV });
    const none = claim({ kind: 'control', extent: 'all', attribution: ISW, quote: undated });
    const s = status('Luhansk', [none, dated]);
    expect(s.control?.claimId).toBe(dated.id);
    expect(s.key).toBe('russia-part');
    expect(s.disputed).toBe(false);
  });

  test('undated claims stand only in the present, and only when no dated one does', () => {
    const none = claim({ kind: 'control', extent: 'all', attribution: ISW, quote: undated });
    expect(status('Luhansk', [none]).key).toBe('russia-all');
    expect(status('Luhansk', [none]).control?.date).toBeNull();
    expect(status('Luhansk', [none]).sentence).toBe('ISW assessed that Russia controls all of Luhansk (date not given).');
    expect(status('Luhansk', [none], '2024-01-01').key).toBe('no-claims');
  });

  test('a claim’s own date counts over its document’s', () => {
    const early = claim({ kind: 'control', extent: 'all', date: '2022-07-03' });
    expect(status('Luhansk', [early], '2022-08-01').key).toBe('russia-all');
    expect(status('Luhansk', [early], '2022-07-02').key).toBe('no-claims');
  });

  test('flags count only claims known by the date', () => {
    const demand = claim({ kind: 'demand', date: '2022-09-30' });
    expect(status('Kherson', [demand], '2022-09-29').demandedBy).toEqual([]);
    expect(status('Kherson', [demand], '2022-09-30').demandedBy).toEqual(['Russia']);
  });
});

describe('disagreement between sides', () => {
  test('when the sides’ standing claims cannot both be true the region is disputed, and the sentence gives both with their dates', () => {
    const moscow = claim({ kind: 'control', extent: 'all', date: '2022-07-03', attribution: KREMLIN });
    const kyiv = claim({ kind: 'control', actor: 'Ukraine', extent: 'part', date: '2022-07-04', attribution: KYIV });
    const s = status('Luhansk', [moscow, kyiv]);
    expect(s.key).toBe('disputed');
    expect(s.disputed).toBe(true);
    expect(s.sides.map((c) => [c.side, c.claimId])).toEqual([['ukraine', kyiv.id], ['russia', moscow.id]]);
    expect(s.control?.claimId).toBe(kyiv.id);
    expect(s.sentence).toBe(
      'Disputed: the sources disagree. Kyiv said that Ukraine controls parts of Luhansk (4 Jul 2022). The Kremlin said that Russia controls all of Luhansk (3 Jul 2022).',
    );
  });

  test('a side’s older claim is history: only its newest is compared', () => {
    const kyivOld = claim({ kind: 'control', actor: 'Ukraine', extent: 'part', date: '2022-06-01', attribution: KYIV });
    const kyivNew = claim({ kind: 'control', extent: 'all', date: '2022-07-05', attribution: KYIV });
    const moscow = claim({ kind: 'control', extent: 'all', date: '2022-07-03', attribution: KREMLIN });
    const s = status('Luhansk', [kyivOld, kyivNew, moscow]);
    expect(s.disputed).toBe(false);
    expect(s.key).toBe('russia-all');
    expect(s.control?.claimId).toBe(kyivNew.id);
  });

  test('vague claims that can both be true are not a dispute: "parts of" and "most of"', () => {
    const s = status('Donetsk', [
      claim({ kind: 'control', extent: 'part', date: '2022-06-06', attribution: KYIV }),
      claim({ kind: 'control', extent: 'most', percent: 60, date: '2022-06-05', attribution: ISW }),
    ]);
    expect(s.disputed).toBe(false);
    expect(s.key).toBe('russia-part');
    expect(s.sides).toHaveLength(2);
  });

  test('share ranges: all vs part, none vs some, and two actors that cannot both hold most', () => {
    const r = (actor: string, extent: 'all' | 'most' | 'part' | 'none', percent: number | null = null) => ({ actor, extent, percent });
    expect(disagree(r('Russia', 'all'), r('Russia', 'part'))).toBe(true);
    expect(disagree(r('Russia', 'none'), r('Russia', 'part'))).toBe(true);
    expect(disagree(r('Russia', 'most'), r('Russia', 'part'))).toBe(false);
    expect(disagree(r('Russia', 'part', 20), r('Russia', 'most'))).toBe(true);
    expect(disagree(r('Russia', 'part', 58), r('Russia', 'most', 60))).toBe(false);
    expect(disagree(r('Russia', 'all'), r('Ukraine', 'part'))).toBe(true);
    expect(disagree(r('Russia', 'most'), r('Ukraine', 'most'))).toBe(true);
    expect(disagree(r('Russia', 'part'), r('Ukraine', 'part'))).toBe(false);
    expect(disagree(r('Russia', 'none'), r('Ukraine', 'all'))).toBe(false);
  });

  test('a disagreement in the future of asOf does not show yet', () => {
    const moscow = claim({ kind: 'control', extent: 'all', date: '2022-07-03', attribution: KREMLIN });
    const kyiv = claim({ kind: 'control', actor: 'Ukraine', extent: 'part', date: '2022-07-04', attribution: KYIV });
    expect(status('Luhansk', [moscow, kyiv], '2022-07-03').key).toBe('russia-all');
  });
});

test('a claim from a rule under the confidence threshold is counted but sets nothing', () => {
  const low = claim({ kind: 'control', extent: 'all', confidence: 0.5, date: '2022-08-01' });
  const high = claim({ kind: 'control', extent: 'part', confidence: 0.95, date: '2022-07-01' });
  const both = deriveStatus([low, high], ctx());
  expect(both.control?.extent).toBe('part');
  expect(both.claimCount).toBe(2);
  const lowOnly = deriveStatus([low], ctx());
  expect(lowOnly.control).toBeNull();
  expect(lowOnly.key).toBe('no-control-claim');
});
