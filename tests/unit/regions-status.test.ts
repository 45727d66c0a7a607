// deriveStatus (lib/regions) decides a region's status; statusSentence (lib/presentation) words it.
import type { Claim, SourceDocument } from '@/lib/claims/types';
import { testClaim } from '../support/claim';
import { statusSentence } from '@/lib/presentation/sentences';
import { deriveStatus } from '@/lib/regions/status';

let n = 0;
function claim(over: Partial<Claim> & Pick<Claim, 'kind'>): Claim {
  n += 1;
  return testClaim({ id: `c-${String(n).padStart(16, '0')}`, extent: null, ...over });
}

const documents = new Map<string, SourceDocument>([
  ['doc-a', { id: 'doc-a', title: 'A', publisher: 'Example News', published: '2025-11-27', url: null, length: 10, text: 'some words' }],
]);

const publishedOf = (id: string) => documents.get(id)?.published ?? null;

/** The status as the page shows it: derived, then put into words. */
function status(regionName: string, claims: Claim[]) {
  const s = deriveStatus(claims, publishedOf);
  return { ...s, sentence: statusSentence(regionName, s) };
}

describe('deriveStatus and its sentence', () => {
  test('with no claims says that none were found, and colours as no-claims', () => {
    const s = status('Kherson', []);
    expect(s.key).toBe('no-claims');
    expect(s.control).toBeNull();
    expect(s.sentence).toBe('No claims about Kherson were found in the source articles.');
  });

  test('reports the strongest control extent with who reported it, in the source’s own verb', () => {
    const s = status('Donetsk',
      [claim({ kind: 'control', extent: 'part' }), claim({ kind: 'control', extent: 'most', attribution: { source: 'ISW', speaker: null, verb: 'assessed' } })]);
    expect(s.key).toBe('russia-most');
    expect(s.control).toEqual(expect.objectContaining({ actor: 'Russia', extent: 'most', published: '2025-11-27' }));
    expect(s.sentence).toBe('ISW assessed that Russia controls most of Donetsk.');
    expect(s.competing).toBe(1);
  });

  test('names a quoted speaker rather than the outlet', () => {
    const s = status('Luhansk', [claim({ kind: 'control', extent: 'all', attribution: { source: 'Kremlin', speaker: 'Vladimir Putin', verb: 'said' } })]);
    expect(s.sentence).toBe('Vladimir Putin said that Russia controls all of Luhansk.');
  });

  test('says "according to" when the text gives no reporting verb', () => {
    const s = status('Luhansk', [claim({ kind: 'control', extent: 'part', attribution: { source: 'Example News', speaker: null, verb: null } })]);
    expect(s.sentence).toBe('According to Example News, Russia controls parts of Luhansk.');
  });

  test('gives the percent the text gives for partial control', () => {
    const s = status('Zaporizhzhia', [claim({ kind: 'control', extent: 'most', percent: 60 })]);
    expect(s.sentence).toBe('CNN reported that Russia controls about 60% of Zaporizhzhia.');
  });

  test('ties between equally strong claims go to the first, so the status is stable', () => {
    const first = claim({ kind: 'control', extent: 'part' });
    const second = claim({ kind: 'control', extent: 'part', attribution: { source: 'BBC', speaker: null, verb: 'said' } });
    expect(status('Donetsk', [first, second]).control?.claimId).toBe(first.id);
  });

  test('Ukrainian control colours as ukraine', () => {
    expect(status('Kherson', [claim({ kind: 'control', actor: 'Ukraine', extent: 'most' })]).key).toBe('ukraine');
  });

  test('flags claims, demands, advances, legal status and threats by actor, without a control claim', () => {
    const s = status('Kherson',
      [
        claim({ kind: 'sovereignty-claim' }),
        claim({ kind: 'demand' }),
        claim({ kind: 'advance', actor: 'Ukraine' }),
        claim({ kind: 'advance' }),
        claim({ kind: 'legal-status', actor: 'Ukraine' }),
        claim({ kind: 'threat' }),
      ]);
    expect(s.key).toBe('no-control-claim');
    expect(s).toEqual(
      expect.objectContaining({
        claimedBy: ['Russia'],
        demandedBy: ['Russia'],
        advancing: ['Russia', 'Ukraine'],
        legallyPartOf: ['Ukraine'],
        threatenedBy: ['Russia'],
        claimCount: 6,
      }),
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
});

test('a sentence starts with a capital even when the source is named in lower case', () => {
  const s = status('Kherson', [claim({ kind: 'control', actor: 'Ukraine', extent: 'all', attribution: { source: 'the General Staff', speaker: null, verb: 'said' } })]);
  expect(s.sentence).toBe('The General Staff said that Ukraine controls all of Kherson.');
});

test('a claim from a rule under the confidence threshold is counted but does not set the status', () => {
  const low = claim({ kind: 'control', extent: 'all', confidence: 0.5 });
  const high = claim({ kind: 'control', extent: 'part', confidence: 0.95 });
  const both = deriveStatus([low, high], publishedOf);
  expect(both.control?.extent).toBe('part');
  expect(both.claimCount).toBe(2);
  const lowOnly = deriveStatus([low], publishedOf);
  expect(lowOnly.control).toBeNull();
  expect(lowOnly.key).toBe('no-control-claim');
});
