// The blind sets (tests/fixtures/claims/blind*/): passages labelled before the extractor was run
// on them. Their first-run scores are in each README; after tuning they are no longer blind, so
// this only holds the tuned figures above a floor, printing the misses and extras.
import path from 'node:path';
import { extractClaims } from '@/lib/claims/extract';
import { readDocument } from '@/lib/documents';
import { emptyScore, formatScore, precision, recall, scoreDocument } from '@/lib/claims/score';
import { FIXTURES, readLabels } from '../../scripts/claim-sets';

describe.each(['blind', 'blind2'])('%s set', (set) => {
  const dir = path.join(FIXTURES, set);
  const labels = readLabels(path.join(dir, 'labels.json'));

  test('precision and recall on the labelled passages stay above the floor', () => {
    const score = emptyScore();
    for (const id of Object.keys(labels).sort()) scoreDocument(id, extractClaims(readDocument(path.join(dir, 'in', `${id}.txt`))), labels[id], score);
    console.log(formatScore(set, score));
    expect(precision(score)).toBeGreaterThanOrEqual(0.95);
    expect(recall(score)).toBeGreaterThanOrEqual(0.95);
  });

  test('passages with no claim in their labels give none', () => {
    const negatives = Object.keys(labels).filter((id) => labels[id].length === 0);
    expect(negatives.length).toBeGreaterThanOrEqual(9);
    for (const id of negatives) expect(extractClaims(readDocument(path.join(dir, 'in', `${id}.txt`)))).toEqual([]);
  });
});
