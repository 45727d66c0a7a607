// The labelled sets the extractor is scored on, and how each is read: its folder, which ids
// belong to it, and (corpus sample) the target sentence whose claims are labelled. Used by
// scripts/score-claims.ts and by the floor tests.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims } from '../lib/claims/extract';
import { emptyScore, scoreDocument, type Label, type Score } from '../lib/claims/score';
import { readDocument } from '../lib/documents';

export const FIXTURES = path.join(__dirname, '..', 'tests', 'fixtures', 'claims');

export interface LabelledSet {
  dir: string;
  member: (id: string) => boolean;
  /** Real (published) text, as opposed to passages written for the project: measures confidence. */
  real: boolean;
  /** Only claims quoting the target sentence are scored (labels cover that sentence alone). */
  targets?: string;
  /**
   * Not run until its first run is due (the end of the work it measures): the default report,
   * the confidence table and the floors leave it out. Cleared once that run is recorded.
   */
  heldOut?: boolean;
}

export const SETS: Record<string, LabelledSet> = {
  seed: { dir: FIXTURES, member: (id) => id.startsWith('000_'), real: true },
  devset: { dir: FIXTURES, member: (id) => /^\d\d_/.test(id), real: true },
  written: { dir: FIXTURES, member: (id) => id.startsWith('w'), real: false },
  fresh: { dir: FIXTURES, member: (id) => id.startsWith('f'), real: false },
  blind: { dir: path.join(FIXTURES, 'blind'), member: () => true, real: false },
  blind2: { dir: path.join(FIXTURES, 'blind2'), member: () => true, real: false },
  blind3: { dir: path.join(FIXTURES, 'blind3'), member: () => true, real: false },
  blind4: { dir: path.join(FIXTURES, 'blind4'), member: () => true, real: true },
  'corpus-dev': { dir: path.join(FIXTURES, 'corpus-sample', 'dev'), member: () => true, real: true, targets: 'targets.json' },
  'corpus-test': { dir: path.join(FIXTURES, 'corpus-sample', 'test'), member: () => true, real: true, targets: 'targets.json' },
  'corpus2-dev': { dir: path.join(FIXTURES, 'corpus-sample-2', 'dev'), member: () => true, real: true, targets: 'targets.json' },
  'corpus2-test': { dir: path.join(FIXTURES, 'corpus-sample-2', 'test'), member: () => true, real: true, targets: 'targets.json' },
  blind5: { dir: path.join(FIXTURES, 'blind5'), member: () => true, real: true },
};

/** The sets that may be scored now (held-out sets wait for their first run). */
export function openSets(): string[] {
  return Object.keys(SETS).filter((name) => !SETS[name].heldOut && existsSync(path.join(SETS[name].dir, 'labels.json')));
}

/** Reads a labels file ({id: Label[]}, keys starting "_" are notes). */
export function readLabels(file: string): Record<string, Label[]> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith('_'))) as Record<string, Label[]>;
}

export function scoreSet(name: string): Score {
  const set = SETS[name];
  const labels = readLabels(path.join(set.dir, 'labels.json'));
  const targets = set.targets
    ? (JSON.parse(readFileSync(path.join(set.dir, set.targets), 'utf8')) as Record<string, { start: number; end: number }>)
    : null;
  const score = emptyScore();
  for (const id of Object.keys(labels).filter(set.member).sort()) {
    let claims = extractClaims(readDocument(path.join(set.dir, 'in', `${id}.txt`)));
    const target = targets?.[id];
    if (target) claims = claims.filter((c) => c.quote.start < target.end && c.quote.end > target.start);
    scoreDocument(id, claims, labels[id], score);
  }
  return score;
}
