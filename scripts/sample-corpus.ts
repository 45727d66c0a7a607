// Draws a reproducible random sample of corpus sentences that name one of the four oblasts, the
// Donbas or a town in them, each with its neighbours for context, and writes them as a labelled
// test set's inputs (dev half and test half). The names come from data/places.json and a fixed
// list, not from the extractor, so the sample does not lean toward what the extractor can read.
//   npx tsx scripts/sample-corpus.ts [--corpus DIR] [--out DIR] [--size N] [--seed N]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import placesFile from '../data/places.json';
import { paragraphs, sentences, type Span } from '../lib/claims/text';
import { readDocument } from '../lib/documents';
import { seededRandom } from '../lib/seeded-random';

const ROOT = path.resolve(__dirname, '..');

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const CORPUS = path.resolve(
  option(
    'corpus',
    [path.join(ROOT, 'seeds', 'official-2021-2022'), path.join(ROOT, '..', 'shared', 'corpus', 'official-2021-2022')].find((d) => existsSync(d)) ?? '',
  ),
);
const OUT = path.resolve(option('out', path.join(ROOT, 'tests', 'fixtures', 'claims', 'corpus-sample')));
const SIZE = Number(option('size', '240'));
const SEED = Number(option('seed', '20261202'));
const DEVSET = path.join(ROOT, 'tests', 'fixtures', 'claims', 'in');

const OBLAST_WORDS = [
  'luhansk', 'lugansk', 'donetsk', 'kherson', 'zaporizhzhia', 'zaporizhia', 'zaporizhzhya', 'zaporozhye', 'zaporozhie',
  'donbas', 'donbass', 'dpr', 'lpr', 'dnr', 'lnr',
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NAMES = new Set<string>(OBLAST_WORDS);
for (const p of (placesFile as { places: { name: string; variants: string[] }[] }).places) {
  NAMES.add(p.name.toLowerCase());
  for (const v of p.variants) NAMES.add(v.toLowerCase());
}
// Longest first, so "nova kakhovka" wins over "kakhovka".
const NAME_PATTERN = new RegExp(`(?<![\\p{L}])(?:${[...NAMES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}])`, 'iu');

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

interface Candidate {
  document: string;
  prev: Span | null;
  target: Span;
  next: Span | null;
  text: string;
}

function main(): void {
  if (!Number.isInteger(SIZE) || SIZE < 2 || !Number.isInteger(SEED)) {
    console.error(`sample-corpus: --size must be an integer ≥ 2 and --seed an integer (got size "${SIZE}", seed "${SEED}")`);
    process.exit(2);
  }
  if (!existsSync(CORPUS)) {
    console.error(`sample-corpus: corpus folder not found: "${CORPUS}" (pass --corpus DIR)`);
    process.exit(2);
  }
  // Sentences the extractor was developed on (the devset excerpts) are not unseen text.
  const devText = readdirSync(DEVSET)
    .filter((f) => /^\d\d_.*\.txt$/.test(f))
    .map((f) => normalise(readFileSync(path.join(DEVSET, f), 'utf8')))
    .join('\n');
  // Nor are the sentences of earlier samples: a new sample must be text nobody has labelled or tuned on.
  const fixtures = path.join(ROOT, 'tests', 'fixtures', 'claims');
  const earlier = new Set<string>();
  // Only samples drawn before this one (they sort first: corpus-sample, corpus-sample-2, …), so
  // re-running any sample's command rewrites the same files.
  const order = (d: string) => Number(/-(\d+)$/.exec(d)?.[1] ?? 1);
  const own = order(path.basename(OUT));
  for (const sample of readdirSync(fixtures).filter((d) => d.startsWith('corpus-sample') && order(d) < own)) {
    for (const half of ['dev', 'test']) {
      const file = path.join(fixtures, sample, half, 'targets.json');
      if (!existsSync(file)) continue;
      for (const t of Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, { text: string }>)) earlier.add(normalise(t.text));
    }
  }

  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()) {
    const doc = readDocument(path.join(CORPUS, file));
    const all = paragraphs(doc.text)
      .filter((p) => !p.boilerplate)
      .flatMap((p) => sentences(p));
    all.forEach((s, i) => {
      const key = normalise(s.text);
      if (!NAME_PATTERN.test(s.text) || seen.has(key) || earlier.has(key) || devText.includes(key) || key.length < 20) return;
      seen.add(key);
      const prev = all[i - 1] ?? null;
      const next = all[i + 1] ?? null;
      const start = (prev ?? s).start;
      const end = (next ?? s).end;
      candidates.push({ document: doc.id, prev, target: s, next, text: doc.text.slice(start, end) });
    });
  }

  const draw = seededRandom(SEED);
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(draw() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }
  const sample = candidates.slice(0, SIZE);
  const half = Math.ceil(sample.length / 2);

  for (const [name, items] of [['dev', sample.slice(0, half)], ['test', sample.slice(half)]] as const) {
    const dir = path.join(OUT, name, 'in');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const targets: Record<string, { document: string; start: number; end: number; text: string }> = {};
    items.forEach((c, n) => {
      const id = `${name === 'dev' ? 'd' : 't'}${String(n + 1).padStart(3, '0')}_${c.document}`;
      const offset = (c.prev ?? c.target).start;
      writeFileSync(path.join(dir, `${id}.txt`), c.text);
      const sidecar = path.join(CORPUS, `${c.document}.meta.json`);
      const meta = existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, unknown>) : {};
      writeFileSync(path.join(dir, `${id}.meta.json`), `${JSON.stringify(meta, null, 2)}\n`);
      targets[id] = { document: c.document, start: c.target.start - offset, end: c.target.end - offset, text: c.target.text };
    });
    writeFileSync(path.join(OUT, name, 'targets.json'), `${JSON.stringify(targets, null, 1)}\n`);
  }
  console.log(`sample-corpus: ${candidates.length} candidate sentences in ${CORPUS}; wrote ${sample.length} (seed ${SEED}) to ${OUT}`);
}

main();
