// Extent from words and percentages, by the DESIGN.md rule.
import { extentOfPercent, lastQuantity } from '@/lib/claims/extent';

test.each([
  [100, 'all'],
  [97, 'most'],
  [51, 'most'],
  [50, 'part'],
  [20, 'part'],
  [0, 'none'],
])('%d%% is %s', (pct, extent) => {
  expect(extentOfPercent(pct)).toBe(extent);
});

test.each([
  ['all of ', 'all', null],
  ['the whole of the ', 'all', null],
  ['most of the ', 'most', null],
  ['almost all of ', 'most', null],
  ['parts of ', 'part', null],
  ['not fully ', 'part', null],
  ['only part of ', 'part', null],
  ['about 20% of ', 'part', 20],
  ['almost 60 percent of the ', 'most', 60],
  ['controls about 20% of Ukraine, including all of ', 'all', null],
])('"%s" reads as %s', (text, extent, percent) => {
  expect(lastQuantity(text)).toEqual({ extent, percent });
});

test('words without a quantity read as nothing', () => {
  expect(lastQuantity('controls the ')).toBeNull();
});
