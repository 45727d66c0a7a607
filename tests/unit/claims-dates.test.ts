// A claim's date: the day its sentence gives, read against the published date, else the
// published date; never after publication, never a bare year.
import { claimDate, sentenceDate } from '@/lib/claims/dates';

test.each([
  ['Russian forces captured Kherson on 1 March 2022.', '2024-05-01', '2022-03-01'],
  ['Ukrainian troops entered Lyman on October 1, 2022.', null, '2022-10-01'],
  ['On 1 October, Ukrainian forces entered Lyman.', '2022-10-03', '2022-10-01'],
  ['The ministry said on 3 July that Lysychansk had fallen.', '2022-07-05', '2022-07-03'],
  ['The ministry said on 30 December that the town had fallen.', '2023-01-02', '2022-12-30'],
  ['Russia claimed full control of Marinka on Monday.', '2023-12-26', '2023-12-25'],
  ['Russia claimed full control of Marinka on Tuesday.', '2023-12-26', '2023-12-26'],
  ['Kyiv said yesterday it had withdrawn from Avdiivka.', '2024-02-18', '2024-02-17'],
  ['On Sunday, Ukraine said it had retaken Lyman.', '2022-10-03', '2022-10-02'],
  ['Russia said last Sunday that it held Lyman.', '2022-10-02', '2022-09-25'],
  ['Russia Today reported on 3 July that Lysychansk had fallen.', '2022-07-05', '2022-07-03'],
  ['Russia claimed full control of Marinka on Monday.', '2023-12-26T09:30:00Z', '2023-12-25'],
  ['The data, released 2022-06-05, showed most of the region occupied.', '2022-06-10', '2022-06-05'],
])('%s (published %s) is dated %s', (sentence, published, expected) => {
  expect(sentenceDate(sentence, published)).toBe(expected);
});

test.each([
  ['Russia has occupied parts of Donbas since 2014.', '2022-05-01'],
  ['Russia claimed control of Marinka on Monday.', null],
  ['Moscow promised to hold the vote on 30 September.', '2022-09-01'],
  ['Moscow will hold the vote on Sunday.', '2022-09-21'],
  ['The ministry reported the capture on 31 February 2022.', '2022-09-01'],
  ['The town fell the day before yesterday.', '2022-09-01'],
  ['Russian troops must leave the territories they entered starting from February 24.', '2022-04-05'],
  ['The town was held until 30 September by Ukrainian units.', '2022-11-01'],
])('%s (published %s) gives no date of its own', (sentence, published) => {
  expect(sentenceDate(sentence, published)).toBeNull();
});

test('a date after publication is not the claim date; the published date stands', () => {
  expect(sentenceDate('The vote will be held on 30 September 2022.', '2022-09-01')).toBeNull();
  expect(claimDate('The vote will be held on 30 September 2022.', '2022-09-01')).toBe('2022-09-01');
});

test('with neither, the claim is undated', () => {
  expect(claimDate('Russia holds most of Luhansk.', null)).toBeNull();
});
