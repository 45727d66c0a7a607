// The seed article's claims as issue 4 lists them, checked field by field rather than through the
// golden file, so the specification reads here.
import path from 'node:path';
import { extractClaims } from '@/lib/claims/extract';
import type { Claim } from '@/lib/claims/types';
import { readDocument } from '@/lib/documents';

const doc = readDocument(path.join(__dirname, '..', '..', 'seeds', '000_dcd564552b84d477.txt'));
const claims = extractClaims(doc);
const find = (kind: Claim['kind'], region: string | null) => claims.filter((c) => c.kind === kind && c.region === region);
const FOUR = ['UA-09', 'UA-14', 'UA-65', 'UA-23'];

test('Luhansk is wholly controlled by Russia, as CNN reported', () => {
  expect(find('control', 'UA-09')).toEqual([
    expect.objectContaining({ actor: 'Russia', extent: 'all', attribution: { source: 'CNN', speaker: null, verb: 'reported' } }),
  ]);
});

test.each(['UA-14', 'UA-65', 'UA-23'])('%s is partly controlled by Russia, as CNN reported', (iso) => {
  expect(find('control', iso)).toEqual([
    expect.objectContaining({ actor: 'Russia', extent: 'part', attribution: { source: 'CNN', speaker: null, verb: 'reported' } }),
  ]);
});

test('Russia controls about 20% of Ukraine as a whole, as CNN reported', () => {
  expect(find('control', null)).toEqual([
    expect.objectContaining({ actor: 'Russia', extent: 'part', percent: 20, attribution: expect.objectContaining({ source: 'CNN' }) }),
  ]);
});

test.each(FOUR)('%s is Ukrainian territory under international law, claimed by Russia and demanded of Ukraine', (iso) => {
  expect(find('legal-status', iso)).toEqual([expect.objectContaining({ actor: 'Ukraine' })]);
  const claimed = find('sovereignty-claim', iso);
  expect(claimed).toEqual([expect.objectContaining({ actor: 'Russia' })]);
  expect(claimed[0].quote.text).toContain('which it has claimed');
  const demanded = find('demand', iso);
  expect(demanded).toEqual([expect.objectContaining({ actor: 'Russia' })]);
  expect(demanded[0].quote.text).toContain('Russia wants Ukraine to give up');
});

test('Russia advances in Donetsk near Pokrovsk, with the town on the map', () => {
  const [advance] = find('advance', 'UA-14');
  expect(advance).toMatchObject({ actor: 'Russia', place: { name: 'Pokrovsk' } });
  expect(advance.place?.lon).toBeCloseTo(37.18, 1);
  expect(advance.place?.lat).toBeCloseTo(48.28, 1);
});

test('Putin threatens to take more territory by force, Ukraine as a whole', () => {
  const threats = find('threat', null);
  expect(threats).toHaveLength(1);
  expect(threats[0]).toMatchObject({ actor: 'Russia', attribution: { speaker: 'Vladimir Putin' } });
  expect(threats[0].quote.text).toMatch(/take more territory by force|achieve this through military means/);
});

test('the seed yields no claim beyond those the issue lists', () => {
  expect(claims).toHaveLength(19);
});

test('every quote is the document text at its offsets', () => {
  for (const c of claims) expect(doc.text.slice(c.quote.start, c.quote.end)).toBe(c.quote.text);
});
