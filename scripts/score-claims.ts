// Report: precision and recall of the extractor on every labelled fixture set, overall, per kind
// and (blind set) on percent/place/source, with each miss and extra. Run:
//   npx tsx scripts/score-claims.ts [--brief] [set...]     sets: seed devset written fresh blind blind2 blind3
import path from 'node:path';
import { extractClaims } from '../lib/claims/extract';
import { readDocument } from '../lib/documents';
import { emptyScore, formatScore, readLabels, scoreDocument, type Score } from '../lib/evaluation/claims-scoring';

const FIXTURES = path.join(__dirname, '..', 'tests', 'fixtures', 'claims');

const SETS: Record<string, { dir: string; member: (id: string) => boolean }> = {
  seed: { dir: FIXTURES, member: (id) => id.startsWith('000_') },
  devset: { dir: FIXTURES, member: (id) => /^\d\d_/.test(id) },
  written: { dir: FIXTURES, member: (id) => id.startsWith('w') },
  fresh: { dir: FIXTURES, member: (id) => id.startsWith('f') },
  blind: { dir: path.join(FIXTURES, 'blind'), member: () => true },
  blind2: { dir: path.join(FIXTURES, 'blind2'), member: () => true },
  blind3: { dir: path.join(FIXTURES, 'blind3'), member: () => true },
};

export function scoreSet(name: string): Score {
  const { dir, member } = SETS[name];
  const labels = readLabels(path.join(dir, 'labels.json'));
  const score = emptyScore();
  for (const id of Object.keys(labels).filter(member).sort()) {
    scoreDocument(id, extractClaims(readDocument(path.join(dir, 'in', `${id}.txt`))), labels[id], score);
  }
  return score;
}

const args = process.argv.slice(2);
const brief = args.includes('--brief');
const wanted = args.filter((a) => !a.startsWith('--'));
for (const name of wanted.length ? wanted : Object.keys(SETS)) {
  if (!SETS[name]) {
    console.error(`score-claims: unknown set "${name}"; expected one of ${Object.keys(SETS).join(', ')}`);
    process.exit(2);
  }
  console.log(formatScore(name, scoreSet(name), !brief));
}
