import { resolveRegion, resolveRegionAlias } from '@/lib/urls/region-alias';

describe('resolveRegion (API: slug or ISO code, any case)', () => {
  test.each([
    ['donetsk', 'donetsk'],
    ['DONETSK', 'donetsk'],
    ['UA-14', 'donetsk'],
    ['ua-65', 'kherson'],
  ])('%s -> %s', (input, slug) => expect(resolveRegion(input)?.slug).toBe(slug));

  test.each(['lugansk', 'UA-43', '', 'donetsk '.repeat(3)])('does not resolve %p', (input) => expect(resolveRegion(input)).toBeUndefined());
});

describe('resolveRegionAlias (region pages: spellings readers type)', () => {
  test.each([
    ['lugansk', 'luhansk'],
    ['Luhans’k', 'luhansk'],
    ['LPR', 'luhansk'],
    ['zaporozhye', 'zaporizhzhia'],
    ['Zaporizhia', 'zaporizhzhia'],
    ['zaporizhzhya', 'zaporizhzhia'],
    ['Donetsk Oblast', 'donetsk'],
    ['donetsk-region', 'donetsk'],
    ['UA-09', 'luhansk'],
    ['kherson', 'kherson'],
  ])('%s -> %s', (input, slug) => expect(resolveRegionAlias(input)?.slug).toBe(slug));

  test.each(['crimea', 'kharkiv', 'donetsk city hall', 'x'.repeat(200), '../donetsk'])('does not resolve %p', (input) =>
    expect(resolveRegionAlias(input)).toBeUndefined(),
  );
});
