// Precision and recall of the extractor against hand labels (tests/fixtures/claims/labels.json),
// matching claims on (region, kind, actor, extent) as multisets per document. The labels are the
// truth as read from the text, kept apart from the golden outputs, which record what the extractor
// does today; the figures are printed and held above a floor so a regression fails.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims } from '@/lib/claims/extract';
import type { Claim } from '@/lib/claims/types';
import { readDocument } from '@/lib/documents';

type Tuple = [string | null, string, string, string | null];

interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  misses: string[];
  extras: string[];
}

function key(t: Tuple): string {
  return `${t[0] ?? 'Ukraine'} ${t[1]} ${t[2]}${t[3] ? ` ${t[3]}` : ''}`;
}

/** Multiset match of extracted against expected tuples for one document. */
export function scoreDocument(id: string, claims: readonly Claim[], expected: readonly Tuple[]): Score {
  const left = expected.map(key);
  const score: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0, misses: [], extras: [] };
  for (const c of claims) {
    const k = key([c.region, c.kind, c.actor, c.extent]);
    const i = left.indexOf(k);
    if (i >= 0) {
      left.splice(i, 1);
      score.truePositives++;
    } else {
      score.falsePositives++;
      score.extras.push(`${id}: ${k}`);
    }
  }
  score.falseNegatives = left.length;
  score.misses = left.map((k) => `${id}: ${k}`);
  return score;
}

const DIR = path.join(__dirname, '..', 'fixtures', 'claims');
const labels = JSON.parse(readFileSync(path.join(DIR, 'labels.json'), 'utf8')) as Record<string, Tuple[] | string>;
const ids = Object.keys(labels).filter((k) => !k.startsWith('_'));

const GROUPS: Record<string, (id: string) => boolean> = {
  seed: (id) => id.startsWith('000_'),
  devset: (id) => /^\d\d_/.test(id),
  written: (id) => id.startsWith('w'),
  'written-fresh': (id) => id.startsWith('f'),
};

function total(of: string[]): Score & { precision: number; recall: number } {
  const sum: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0, misses: [], extras: [] };
  for (const id of of) {
    const doc = readDocument(path.join(DIR, 'in', `${id}.txt`));
    const s = scoreDocument(id, extractClaims(doc), labels[id] as Tuple[]);
    sum.truePositives += s.truePositives;
    sum.falsePositives += s.falsePositives;
    sum.falseNegatives += s.falseNegatives;
    sum.misses.push(...s.misses);
    sum.extras.push(...s.extras);
  }
  const precision = sum.truePositives / Math.max(1, sum.truePositives + sum.falsePositives);
  const recall = sum.truePositives / Math.max(1, sum.truePositives + sum.falseNegatives);
  return { ...sum, precision, recall };
}

test('the scorer counts a missing and an extra claim', () => {
  const claim = { region: 'UA-14', kind: 'control', actor: 'Russia', extent: 'part' } as Claim;
  const s = scoreDocument('x', [claim], [['UA-14', 'control', 'Russia', 'all']]);
  expect(s).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
});

test('every labelled document has an input fixture and every fixture a label', () => {
  const inputs = readFileSync(path.join(DIR, 'README.md'), 'utf8');
  expect(inputs).toContain('CC BY 4.0');
  for (const id of ids) expect(() => readDocument(path.join(DIR, 'in', `${id}.txt`))).not.toThrow();
});

test('precision and recall on the labelled fixtures stay above the floor', () => {
  const lines: string[] = [];
  for (const [name, member] of Object.entries(GROUPS)) {
    const t = total(ids.filter(member));
    lines.push(`${name.padEnd(14)} P=${t.precision.toFixed(3)} R=${t.recall.toFixed(3)} (tp ${t.truePositives}, fp ${t.falsePositives}, fn ${t.falseNegatives})`);
    for (const m of t.misses) lines.push(`   missed ${m}`);
    for (const e of t.extras) lines.push(`   extra  ${e}`);
  }
  const all = total(ids);
  lines.push(`${'all'.padEnd(14)} P=${all.precision.toFixed(3)} R=${all.recall.toFixed(3)}`);
  console.log(lines.join('\n'));
  expect(all.precision).toBeGreaterThanOrEqual(0.9);
  expect(all.recall).toBeGreaterThanOrEqual(0.85);
});
