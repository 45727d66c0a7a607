// A claim's credit names each party once, the same on the panel's card and the PNG card; an
// article whose sidecar leaves something out says so in the same words everywhere.
import type { Claim } from '@/lib/claims/types';
import { claimCredit, claimCreditLine } from '@/lib/presentation/claim-credit';
import { documentByline } from '@/lib/presentation/document-byline';

const claim = (attribution: Claim['attribution']) => ({ attribution });
const ukraine = { publisher: 'President of Ukraine (president.gov.ua)' };

test('a speaker who is also the source is named once ("Oleksandr Starukh (reported) · Speaker: Oleksandr Starukh" was the bug)', () => {
  expect(claimCreditLine(claim({ source: 'Oleksandr Starukh', speaker: 'Oleksandr Starukh', verb: 'reported' }), ukraine)).toBe(
    'Oleksandr Starukh (reported) · President of Ukraine (president.gov.ua)',
  );
});

test('a publisher that is also the source is named once ("President of Ukraine … · President of Ukraine …, 2022-04-30" was the bug)', () => {
  const c = claim({ source: 'President of Ukraine (president.gov.ua)', speaker: null, verb: 'said' });
  expect(claimCreditLine(c, ukraine, '2022-04-30')).toBe('President of Ukraine (president.gov.ua) (said) · 30 Apr 2022');
  expect(claimCreditLine(c, ukraine)).toBe('President of Ukraine (president.gov.ua) (said)');
});

test('a speaker quoted by an outlet in a publisher’s article names all three, in that order', () => {
  expect(claimCredit(claim({ source: 'CNN', speaker: 'Vladimir Putin', verb: 'said' }), ukraine)).toEqual({
    who: 'Vladimir Putin',
    verb: 'said',
    via: ['CNN', 'President of Ukraine (president.gov.ua)'],
  });
});

test('names differing only in case are the same party; a lower-case source starts with a capital', () => {
  expect(claimCreditLine(claim({ source: 'the Kremlin', speaker: null, verb: 'said' }), { publisher: 'The Kremlin' }, null)).toBe('The Kremlin (said) · date not given');
});

test('an article without a sidecar: "publisher not given, date not given"', () => {
  expect(documentByline({ publisher: null, published: null })).toBe('publisher not given, date not given');
  expect(documentByline({ publisher: 'CNN', published: '2025-11-27' })).toBe('CNN, 27 Nov 2025');
});
