// The layering the folders promise, checked on the imports themselves: the pipeline runs
// documents -> claims -> regions (domain) -> presentation -> http/pages, with the server store
// beside it; domain code has no framework in it; tools do not reach into the tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return files(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

/** Every module a file imports, with `@/` and relative paths made root-relative. */
function importsOf(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)|^\s*import\s+'([^']+)'/gm)].map((m) => m[1] ?? m[2] ?? m[3]);
  return specs.map((s) => (s.startsWith('@/') ? s.slice(2) : s.startsWith('.') ? path.normalize(path.join(path.dirname(file), s)) : s));
}

function violations(dirs: string[], forbidden: (spec: string) => boolean): string[] {
  return dirs.flatMap(files).flatMap((file) => importsOf(file).filter(forbidden).map((spec) => `${file} imports ${spec}`));
}

const under = (...prefixes: string[]) => (spec: string) => prefixes.some((p) => spec === p || spec.startsWith(`${p}/`));

test('the import scanner sees imports (sanity: it finds the ones we know are there)', () => {
  expect(importsOf('lib/server/store.ts')).toEqual(expect.arrayContaining(['server-only', 'node:fs', 'lib/geo/boundaries', 'lib/server/claim-cache', 'lib/claims/extract']));
});

test('lib/ has no framework in it: no Next.js, React or components', () => {
  expect(violations(['lib'], under('next', 'react', 'react-dom', 'components', 'app', 'swr'))).toEqual([]);
});

test('lib/documents does not depend on the extractor', () => {
  expect(violations(['lib/documents'], under('lib/claims'))).toEqual([]);
});

test('the domain (lib/regions, lib/listing) knows nothing of presentation, HTTP or the server', () => {
  expect(violations(['lib/regions', 'lib/listing'], under('lib/presentation', 'lib/http', 'lib/server', 'lib/urls', 'lib/cards'))).toEqual([]);
});

test('presentation and URLs know nothing of HTTP or the server store', () => {
  expect(violations(['lib/presentation', 'lib/urls'], under('lib/http', 'lib/server', 'lib/cards'))).toEqual([]);
});

test('only server code reads the store: components never import lib/server or node built-ins', () => {
  expect(violations(['components'], (s) => under('lib/server')(s) || s.startsWith('node:'))).toEqual([]);
});

test('every lib/server module is marked server-only', () => {
  const unmarked = files('lib/server').filter((f) => !importsOf(f).includes('server-only'));
  expect(unmarked).toEqual([]);
});

test('scripts/ and bench/ do not import from tests/', () => {
  expect(violations(['scripts', 'bench'], under('tests'))).toEqual([]);
});
