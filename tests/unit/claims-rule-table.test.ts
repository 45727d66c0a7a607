// The rule table's contract beyond each rule's examples: a gate never hides a trigger match
// (else a rule silently cannot fire), every rule has a measured confidence and no stale row
// remains, and the lexicon's groups signal the kinds their families read.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import table from '@/lib/claims/confidence.json';
import { ANNEX_PREDICATES, CAPTURE_PREDICATES, CEDE_PREDICATES, HOLD_PREDICATES, MOVEMENT_PREDICATES, PASSIVE_CAPTURE_PREDICATES, WITHDRAWAL_PREDICATES } from '@/lib/claims/lexicon';
import { GATES, RULES } from '@/lib/claims/rules';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'claims');

function texts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? texts(path.join(dir, e.name)) : e.name.endsWith('.txt') ? [readFileSync(path.join(dir, e.name), 'utf8')] : [],
  );
}

// Sentences of every fixture text, cut at end punctuation: enough to find trigger words in use.
const SENTENCES = texts(FIXTURES).flatMap((t) => t.split(/(?<=[.!?])\s+/));

// The law is only read where "international" or an illegality is said; those gates narrow on purpose.
const NARROWING = new Set(['legal-status.illegal-annexation', 'legal-status.annexation-void', 'legal-status.recognised-as', 'legal-status.territory-of', 'legal-status.internationally-recognised', 'legal-status.recognised-borders']);

test.each(RULES.filter((r) => !NARROWING.has(r.id)).map((r) => [r.id, r] as const))('%s: its gate admits every sentence its trigger matches', (_id, rule) => {
  const hidden = SENTENCES.filter((s) => {
    rule.trigger.lastIndex = 0;
    return rule.trigger.test(s) && !GATES.get(rule.gate)!.test(s);
  });
  rule.trigger.lastIndex = 0;
  expect(hidden.slice(0, 3)).toEqual([]);
});

test('every rule has a confidence row, and every row names a rule', () => {
  const rows = Object.keys((table as { rules: Record<string, unknown> }).rules).sort();
  expect(rows).toEqual(RULES.map((r) => r.id).sort());
});

test.each([
  ['capture', CAPTURE_PREDICATES, 'advance'],
  ['movement', MOVEMENT_PREDICATES, 'advance'],
  ['passive capture', PASSIVE_CAPTURE_PREDICATES, 'advance'],
  ['withdrawal', WITHDRAWAL_PREDICATES, 'advance'],
  ['holding', HOLD_PREDICATES, 'control'],
  ['ceding', CEDE_PREDICATES, 'demand'],
  ['annexation', ANNEX_PREDICATES, 'sovereignty-claim'],
] as const)('the %s predicates signal %s and their forms compile', (_name, group, kind) => {
  for (const p of group) {
    expect({ lemma: p.lemma, kind: p.kind }).toEqual({ lemma: p.lemma, kind });
    expect(() => new RegExp(`\\b(?:${p.forms})\\b`)).not.toThrow();
  }
});

test('withdrawals give ground to the other side, passives take the agent as actor', () => {
  expect(new Set(WITHDRAWAL_PREDICATES.map((p) => p.actor))).toEqual(new Set(['other-side']));
  expect(new Set(PASSIVE_CAPTURE_PREDICATES.map((p) => p.actor))).toEqual(new Set(['agent']));
});
