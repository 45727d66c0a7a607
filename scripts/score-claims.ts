// Report: precision and recall of the extractor on every labelled set, overall, per kind and per
// rule, with percent/place/source on matches and each miss and extra. Run:
//   npx tsx scripts/score-claims.ts [--brief] [set...]
//   npx tsx scripts/score-claims.ts --write-confidence     rewrites lib/claims/confidence.json
// A set's first run is its honest figure: record it in the set's README before tuning on it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../lib/claims/rules';
import { emptyScore, formatScore, precision, type Counts } from '../lib/claims/score';
import { openSets, SETS, scoreSet } from './claim-sets';

const args = process.argv.slice(2);
const brief = args.includes('--brief');
const wanted = args.filter((a) => !a.startsWith('--'));


/**
 * Confidence = a rule's precision on labelled real text. A rule with fewer than MIN_REAL
 * matched-or-extra claims there is estimated from all labelled sets (written ones too); with
 * fewer there as well, from its kind's precision on real text, then on all sets; failing that it
 * gets the default. Each rule's row says which estimate it got and from how many claims. The
 * tuned sets count too, so these figures run high: the first runs in the README are the check.
 */
const MIN_REAL = 5;
const DEFAULT_CONFIDENCE = 0.5;

function writeConfidence(): void {
  const real = emptyScore();
  const all = emptyScore();
  for (const name of openSets()) {
    const set = SETS[name];
    const s = scoreSet(name);
    for (const target of set.real ? [real, all] : [all]) {
      for (const [rule, c] of Object.entries(s.byRule)) {
        target.byRule[rule] ??= { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
        target.byRule[rule].truePositives += c.truePositives;
        target.byRule[rule].falsePositives += c.falsePositives;
      }
      for (const [kind, c] of Object.entries(s.byKind)) {
        target.byKind[kind] ??= { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
        target.byKind[kind].truePositives += c.truePositives;
        target.byKind[kind].falsePositives += c.falsePositives;
      }
    }
  }
  const n = (c?: Counts) => (c ? c.truePositives + c.falsePositives : 0);
  const round = (x: number) => Math.round(x * 100) / 100;
  const rules: Record<string, { confidence: number; basis: string; tp: number; fp: number }> = {};
  for (const rule of RULES) {
    const r = real.byRule[rule.id];
    const a = all.byRule[rule.id];
    const k = real.byKind[rule.kind];
    if (n(r) >= MIN_REAL) rules[rule.id] = { confidence: round(precision(r!)), basis: 'real text', tp: r!.truePositives, fp: r!.falsePositives };
    else if (n(a) >= MIN_REAL) rules[rule.id] = { confidence: round(precision(a!)), basis: 'all labelled sets', tp: a!.truePositives, fp: a!.falsePositives };
    else if (n(k) >= MIN_REAL) rules[rule.id] = { confidence: round(precision(k!)), basis: `kind ${rule.kind} on real text (rule: tp ${a?.truePositives ?? 0}, fp ${a?.falsePositives ?? 0})`, tp: k!.truePositives, fp: k!.falsePositives };
    else if (n(all.byKind[rule.kind]) >= MIN_REAL) {
      const ka = all.byKind[rule.kind];
      rules[rule.id] = { confidence: round(precision(ka)), basis: `kind ${rule.kind} on all labelled sets (rule: tp ${a?.truePositives ?? 0}, fp ${a?.falsePositives ?? 0})`, tp: ka.truePositives, fp: ka.falsePositives };
    } else rules[rule.id] = { confidence: DEFAULT_CONFIDENCE, basis: 'not measured (too few claims)', tp: a?.truePositives ?? 0, fp: a?.falsePositives ?? 0 };
  }
  const file = path.join(__dirname, '..', 'lib', 'claims', 'confidence.json');
  const body = {
    about: 'Each rule\'s precision on labelled real text (scripts/score-claims.ts --write-confidence). basis says where the figure comes from when a rule made fewer than 5 claims on real text.',
    default: DEFAULT_CONFIDENCE,
    rules,
  };
  writeFileSync(file, `${JSON.stringify(body, null, 1)}\n`);
  console.log(`wrote ${file}`);
  for (const [id, r] of Object.entries(rules)) console.log(`${id.padEnd(40)} ${r.confidence.toFixed(2)}  (${r.basis}: tp ${r.tp}, fp ${r.fp})`);
}

if (args.includes('--write-confidence')) {
  writeConfidence();
} else {
  // Named explicitly, a held-out set is scored: that is its first run, to be recorded at once.
  for (const name of wanted.length ? wanted : openSets()) {
    if (!SETS[name]) {
      console.error(`score-claims: unknown set "${name}"; expected one of ${Object.keys(SETS).join(', ')}`);
      process.exit(2);
    }
    console.log(formatScore(name, scoreSet(name), !brief));
  }
}
