// Precision and recall of extracted claims against hand labels (used by the scoring script and
// the extractor's tests). Claims match on
// (region, kind, actor, extent) as multisets per document; on the matched pairs the richer labels
// (blind set) also check percent, place and source, reported as secondary accuracies.
import { readFileSync } from 'node:fs';
import type { Claim } from '@/lib/claims/types';

/** The compact label of the older fixture sets: [region, kind, actor, extent]. */
export type LabelTuple = [string | null, string, string, string | null];

/** The richer label of the blind set. */
export interface LabelRecord {
  region: string | null;
  kind: string;
  actor: string;
  extent: string | null;
  percent?: number | null;
  place?: string | null;
  source?: string | null;
}

export type Label = LabelTuple | LabelRecord;

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Score extends Counts {
  misses: string[];
  extras: string[];
  /** Per kind, counted by the label's kind (misses) or the claim's kind (extras). */
  byKind: Record<string, Counts>;
  /** Secondary checks on matched pairs whose label states the field: [right, checked]. */
  fields: Record<'percent' | 'place' | 'source', [number, number]>;
}

function record(l: Label): LabelRecord {
  return Array.isArray(l) ? { region: l[0], kind: l[1], actor: l[2], extent: l[3] } : l;
}

function key(region: string | null, kind: string, actor: string, extent: string | null): string {
  return `${region ?? 'Ukraine'} ${kind} ${actor}${extent ? ` ${extent}` : ''}`;
}

export function emptyScore(): Score {
  return {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    misses: [],
    extras: [],
    byKind: {},
    fields: { percent: [0, 0], place: [0, 0], source: [0, 0] },
  };
}

function bump(s: Score, kind: string, field: keyof Counts): void {
  s.byKind[kind] ??= { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  s.byKind[kind][field]++;
  s[field]++;
}

/** Letters only, lower case: "Ukraine’s" and "Ukraine's", "Velyka Novosilka" and "Velyka-Novosilka" agree. */
function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z]/g, '');
}

/** A source label matches when either wording contains the other ("ISW" in "ISW assessed"). */
function sameSource(label: string | null, claim: Claim): boolean {
  const credited = claim.attribution.verb !== null;
  if (label === null) return !credited;
  if (!credited) return false;
  const a = fold(label);
  const b = fold(claim.attribution.source);
  const c = fold(claim.attribution.speaker ?? '');
  return [b, c].some((x) => x.length > 0 && (x.includes(a) || a.includes(x)));
}

/** Multiset match of extracted claims against labels for one document, added into `into`. */
export function scoreDocument(id: string, claims: readonly Claim[], labels: readonly Label[], into: Score = emptyScore()): Score {
  const left = labels.map(record);
  for (const c of claims) {
    const k = key(c.region, c.kind, c.actor, c.extent);
    const i = left.findIndex((l) => key(l.region, l.kind, l.actor, l.extent) === k);
    if (i < 0) {
      bump(into, c.kind, 'falsePositives');
      into.extras.push(`${id}: ${k}`);
      continue;
    }
    const [l] = left.splice(i, 1);
    bump(into, c.kind, 'truePositives');
    if (l.percent !== undefined) {
      into.fields.percent[1]++;
      if ((l.percent ?? null) === c.percent) into.fields.percent[0]++;
    }
    if (l.place !== undefined) {
      into.fields.place[1]++;
      if (l.place === null ? c.place === null : c.place !== null && fold(c.place.name) === fold(l.place)) into.fields.place[0]++;
    }
    if (l.source !== undefined) {
      into.fields.source[1]++;
      if (sameSource(l.source ?? null, c)) into.fields.source[0]++;
    }
  }
  for (const l of left) {
    bump(into, l.kind, 'falseNegatives');
    into.misses.push(`${id}: ${key(l.region, l.kind, l.actor, l.extent)}`);
  }
  return into;
}

export function precision(c: Counts): number {
  return c.truePositives / Math.max(1, c.truePositives + c.falsePositives);
}

export function recall(c: Counts): number {
  return c.truePositives / Math.max(1, c.truePositives + c.falseNegatives);
}

/** Reads a labels file ({id: Label[]}, keys starting "_" are notes). */
export function readLabels(file: string): Record<string, Label[]> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith('_'))) as Record<string, Label[]>;
}

/** A plain-text report: overall and per-kind P/R, secondary field accuracy, then every miss and extra. */
export function formatScore(name: string, s: Score, detail = true): string {
  const pr = (c: Counts) =>
    `P=${precision(c).toFixed(2)} R=${recall(c).toFixed(2)} (tp ${c.truePositives}, fp ${c.falsePositives}, fn ${c.falseNegatives})`;
  const lines = [`${name.padEnd(14)} ${pr(s)}`];
  for (const kind of Object.keys(s.byKind).sort()) lines.push(`   ${kind.padEnd(18)} ${pr(s.byKind[kind])}`);
  const f = Object.entries(s.fields).filter(([, [, n]]) => n > 0);
  if (f.length) lines.push(`   on matches: ${f.map(([k, [r, n]]) => `${k} ${r}/${n}`).join(', ')}`);
  if (detail) {
    for (const m of s.misses) lines.push(`   missed ${m}`);
    for (const e of s.extras) lines.push(`   extra  ${e}`);
  }
  return lines.join('\n');
}
