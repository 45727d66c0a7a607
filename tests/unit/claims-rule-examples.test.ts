// Every rule's examples are its unit tests: each example sentence gives exactly the claims the
// rule lists (other rules may add theirs; the example names them too, so the whole reading is
// checked), and every listed claim of the rule's kind is made by that rule.
import { extractClaims } from '@/lib/claims/extract';
import { RULES } from '@/lib/claims/rules';

const cases = RULES.flatMap((rule) => rule.examples.map((example) => ({ id: rule.id, kind: rule.kind, ...example })));

function read(text: string, publisher: string | null) {
  return extractClaims({ id: 'example', title: '', publisher, published: null, url: null, length: text.length, text });
}

test('every rule has at least one example', () => {
  expect(RULES.filter((r) => r.examples.length === 0).map((r) => r.id)).toEqual([]);
});

test('priorities are unique, so precedence never falls back on table order', () => {
  const seen = RULES.map((r) => r.priority);
  expect(new Set(seen).size).toBe(RULES.length);
});

test('rule ids are unique and name their kind', () => {
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  for (const rule of RULES) expect(rule.id.startsWith(`${rule.kind}.`)).toBe(true);
});

test.each(cases)('$id: "$text"', ({ id, kind, text, publisher, claims }) => {
  const found = read(text, publisher ?? null);
  const tuples = found.map((c) => [c.region ?? 'Ukraine', c.kind, c.actor, c.extent ?? ''].join(' ').trim()).sort();
  expect(tuples).toEqual([...claims].sort());
  // Every claim of the rule's kind in its own example is the rule's reading, not another rule's.
  expect(found.filter((c) => c.kind === kind).map((c) => c.rule)).toEqual(found.filter((c) => c.kind === kind).map(() => id));
});
