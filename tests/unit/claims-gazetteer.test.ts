// Names to regions: oblast spellings, the Donbas, localities in any transliteration, and
// names shared by several places.
import { findMentions } from '@/lib/claims/gazetteer';
import { foldName, toNationalSpelling } from '@/lib/claims/names';

function regionsIn(sentence: string): string[][] {
  return findMentions(sentence)
    .filter((m) => m.form !== 'anaphor')
    .map((m) => m.regions);
}

test.each([
  ['Lugansk', 'UA-09'],
  ['Luhansk People’s Republic', 'UA-09'],
  ['LPR', 'UA-09'],
  ['DPR', 'UA-14'],
  ['Zaporizhia', 'UA-23'],
  ['Zaporozhye', 'UA-23'],
  ['Zaporizhzhya', 'UA-23'],
  ['Kherson', 'UA-65'],
])('the oblast name "%s" resolves to %s', (name, iso) => {
  expect(regionsIn(`Fighting in ${name} continued.`)).toEqual([[iso]]);
});

test('the Donbas and Donbass are Luhansk and Donetsk', () => {
  expect(regionsIn('the Donbas')).toEqual([['UA-09', 'UA-14']]);
  expect(regionsIn('in Donbass')).toEqual([['UA-09', 'UA-14']]);
});

test.each([
  ['Lisichansk', 'Lysychansk', 'UA-09'],
  ['Severodonetsk', 'Sievierodonetsk', 'UA-09'],
  ['Syevyerodonets’k', 'Sievierodonetsk', 'UA-09'],
  ['Artemovsk', 'Bakhmut', 'UA-14'],
  ['Energodar', 'Enerhodar', 'UA-23'],
  ['Avdiyivka', 'Avdiivka', 'UA-14'],
  ['Kramatorsk', 'Kramatorsk', 'UA-14'],
  ['Nova Kakhovka', 'Nova Kakhovka', 'UA-65'],
])('the locality "%s" is %s in %s', (spelling, name, iso) => {
  const [m] = findMentions(`Near ${spelling} on Monday.`);
  expect(m.form).toBe('locality');
  expect(m.places[0]).toMatchObject({ name, region: iso });
});

test('a name in two oblasts lists the most populous first', () => {
  const [m] = findMentions('Kostiantynivka');
  expect(m.places.map((p) => p.region)).toEqual(['UA-14', 'UA-23']);
});

test('"the city of Donetsk" is the locality, "Donetsk" alone the oblast', () => {
  expect(findMentions('the city of Donetsk')[0]).toMatchObject({ form: 'locality', places: [expect.objectContaining({ name: 'Donetsk' })] });
  expect(findMentions('the Donetsk region')[0]).toMatchObject({ form: 'oblast', places: [] });
});

test('phrases that point back are found as anaphors', () => {
  const needs = (s: string) => findMentions(s).map((m) => m.need);
  expect(needs('these four regions')).toEqual(['four']);
  expect(needs('both regions')).toEqual(['several']);
  expect(needs('the region')).toEqual(['region']);
  expect(needs('hold the city')).toEqual(['locality']);
  expect(needs('control only part of it')).toEqual(['it']);
});

test('unrelated capitalised words are not places', () => {
  expect(findMentions('President Donald Trump met Olaf Scholz in Moscow and Kyiv.')).toEqual([]);
});

test('folding makes the transliterations meet', () => {
  expect(foldName('Sievierodonetsk')).toBe(foldName('Severodonetsk'));
  expect(foldName('Zaporizhzhia')).toBe(foldName('Zaporizhia'));
  expect(foldName('Lysychans’k')).toBe(foldName('Lisichansk'));
  expect(foldName('Kramatorsk')).not.toBe(foldName('Kostiantynivka'));
});

test.each([
  ['Syevyerodonets’k', 'Sievierodonetsk'],
  ['Avdiyivka', 'Avdiivka'],
  ['Mykhaylivka', 'Mykhailivka'],
  ['Hulyaypole', 'Huliaipole'],
  ['Yenakiyeve', 'Yenakiieve'],
  ['Novyy Svit', 'Novyi Svit'],
  ['Berdyansk', 'Berdiansk'],
])('GeoNames "%s" is "%s" in the national system', (bgn, national) => {
  expect(toNationalSpelling(bgn)).toBe(national);
});
