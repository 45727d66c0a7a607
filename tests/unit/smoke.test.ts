import { readFileSync } from 'node:fs';
test('the seed article is present', () => {
  expect(readFileSync('seeds/000_dcd564552b84d477.txt', 'utf8')).toContain('Pokrovsk');
});
