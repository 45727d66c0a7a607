// Where the phone's bottom sheet settles after its handle is dragged and let go.
import { SHEET_FRACTION, snapSheet, stepSheet } from '@/components/app/sheet-snap';

describe('a slow release settles on the nearest height', () => {
  test.each([
    [0.3, 'peek'],
    [0.4, 'peek'],
    [0.45, 'half'],
    [0.6, 'half'],
    [0.75, 'full'],
    [0.95, 'full'],
  ] as const)('released at %f of the screen: %s', (fraction, state) => {
    expect(snapSheet(fraction, 0)).toBe(state);
  });
});

test('a release still moving coasts: a sheet let go rising just under half settles at half, not back at peek', () => {
  expect(snapSheet(0.41, 0)).toBe('peek');
  expect(snapSheet(0.41, 0.5)).toBe('half');
});

describe('a flick goes to the next height beyond where it was let go, in its direction', () => {
  test('up from just above peek: half, not back to peek', () => expect(snapSheet(0.36, 1.5)).toBe('half'));
  test('up from just above half: full', () => expect(snapSheet(0.54, 1.5)).toBe('full'));
  test('down from just under full: half', () => expect(snapSheet(0.85, -1.5)).toBe('half'));
  test('down from half: peek', () => expect(snapSheet(SHEET_FRACTION.half, -2)).toBe('peek'));
  test('beyond the ends it stays at the ends', () => {
    expect(snapSheet(0.95, 3)).toBe('full');
    expect(snapSheet(0.2, -3)).toBe('peek');
  });
});

test('the arrow keys step one height at a time and stop at the ends', () => {
  expect(stepSheet('peek', 1)).toBe('half');
  expect(stepSheet('half', 1)).toBe('full');
  expect(stepSheet('full', 1)).toBe('full');
  expect(stepSheet('full', -1)).toBe('half');
  expect(stepSheet('peek', -1)).toBe('peek');
});

test('where the map is shorter than the full height’s share of the screen, full is the map’s height', () => {
  // A map 70% of the screen tall: let go at 68%, the sheet is nearly full, not nearer half.
  expect(snapSheet(0.68, 0)).toBe('half');
  expect(snapSheet(0.68, 0, 0.7)).toBe('full');
  expect(snapSheet(0.6, 1.5, 0.7)).toBe('full');
});
