// Precision and recall of the extractor against hand labels (tests/fixtures/claims/labels.json),
// matching claims on (region, kind, actor, extent) as multisets per document. The labels are the
// truth as read from the text, kept apart from the golden outputs, which record what the extractor
// does today; the figures are printed and held above a floor so a regression fails.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims } from '@/lib/claims/extract';
import type { Claim } from '@/lib/claims/types';
import { readDocument } from '@/lib/documents';
import { emptyScore, precision, recall, scoreDocument, type LabelTuple, type Score } from '@/lib/claims/score';

type Tuple = LabelTuple;

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
  const sum = emptyScore();
  for (const id of of) {
    const doc = readDocument(path.join(DIR, 'in', `${id}.txt`));
    scoreDocument(id, extractClaims(doc), labels[id] as Tuple[], sum);
  }
  return { ...sum, precision: precision(sum), recall: recall(sum) };
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
