// Attribution: reporting verbs before or after the clause, "according to", and names resolved
// against earlier mentions.
import { emptyPeople, findCredit, notePeople } from '@/lib/claims/attribution';

function creditAfter(context: string[], sentence: string) {
  const people = emptyPeople();
  for (const s of context) notePeople(people, s);
  return findCredit(sentence, people);
}

test('an outlet before the clause is the source', () => {
  expect(creditAfter([], 'CNN reported that Russia controls about 20% of Ukraine.')).toMatchObject({ source: 'CNN', speaker: null, verb: 'reported' });
});

test('a surname after the quote resolves to the earlier full name', () => {
  const credit = creditAfter(['Russian President Vladimir Putin spoke on Thursday.'], '“We will achieve this through military means,” Putin said.');
  expect(credit).toMatchObject({ source: 'Vladimir Putin', speaker: 'Vladimir Putin', verb: 'said' });
});

test('"he" is the last person named', () => {
  expect(creditAfter(['Russian President Vladimir Putin spoke on Thursday.'], 'However, he warned that Russia would take more territory by force.')).toMatchObject({ speaker: 'Vladimir Putin', verb: 'warned' });
});

test('a title is resolved to the person it introduced', () => {
  expect(creditAfter(['Russian President Vladimir Putin spoke.'], 'However, the Russian President reiterated, the conflict can only end after a withdrawal.')).toMatchObject({ speaker: 'Vladimir Putin' });
});

test('"according to" credits the body named', () => {
  expect(creditAfter([], 'Ukraine still holds the city, according to the Institute for the Study of War.')).toMatchObject({ source: 'the Institute for the Study of War', verb: 'according to' });
});

test('an appositive between name and verb is skipped', () => {
  expect(creditAfter([], 'Russian forces control 97% of Luhansk, the regional governor, Serhiy Haidai, said on Tuesday.')).toMatchObject({ speaker: 'Serhiy Haidai', verb: 'said' });
  expect(creditAfter([], '“Our forces advanced,” Oleksandr Tarnavskyi, the commander of Ukraine’s southern operations, said.')).toMatchObject({ speaker: 'Oleksandr Tarnavskyi' });
});

test('"claimed" introducing a capture is a credit; "which it has claimed" is not', () => {
  expect(creditAfter([], "Russia's defence ministry claimed on Sunday that its forces had captured the village.")).toMatchObject({ source: "Russia's defence ministry", verb: 'claimed' });
  expect(creditAfter([], 'Russia wants Ukraine to give up these four regions, which it has claimed.')).toBeNull();
});

test('a verb inside quoted speech is not a credit', () => {
  expect(creditAfter([], '“They said we would lose,” the mayor noted.')).toMatchObject({ source: 'the mayor', verb: 'noted' });
});
