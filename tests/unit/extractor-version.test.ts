// The claim cache's extractor version is computed, not bumped by hand: any edit to the
// extractor's sources, its gazetteer or its sentence splitter's version is a new version.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractorVersion } from '@/lib/server/extractor-version';

function fakeRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'root-'));
  mkdirSync(path.join(root, 'lib', 'claims', 'rules'), { recursive: true });
  writeFileSync(path.join(root, 'lib', 'claims', 'extract.ts'), 'export const a = 1;\n');
  writeFileSync(path.join(root, 'lib', 'claims', 'rules', 'control.ts'), 'export const b = 2;\n');
  writeFileSync(path.join(root, 'lib', 'oblasts.ts'), 'export const OBLASTS = [];\n');
  mkdirSync(path.join(root, 'data'));
  writeFileSync(path.join(root, 'data', 'places.json'), '[]');
  mkdirSync(path.join(root, 'node_modules', 'wink-nlp'), { recursive: true });
  writeFileSync(path.join(root, 'node_modules', 'wink-nlp', 'package.json'), '{"version":"2.4.0"}');
  return root;
}

test('is stable for the same sources and changes with any of them, in subfolders too', () => {
  const root = fakeRoot();
  const first = extractorVersion(root);
  expect(first).toEqual({ version: expect.stringMatching(/^[0-9a-f]{16}$/), basis: 'sources' });
  expect(extractorVersion(root)).toEqual(first);
  const seen = new Set([first.version]);
  for (const [file, body] of [
    ['lib/claims/rules/control.ts', 'export const b = 3;\n'],
    ['lib/claims/new-rule.ts', 'export {};\n'],
    ['data/places.json', '[{"name":"Pokrovsk"}]'],
    ['node_modules/wink-nlp/package.json', '{"version":"2.5.0"}'],
    ['lib/oblasts.ts', 'export const OBLASTS = [1];\n'],
  ]) {
    writeFileSync(path.join(root, file), body);
    const v = extractorVersion(root).version;
    expect(seen.has(v)).toBe(false);
    seen.add(v);
  }
});

test('the real checkout has a version from its sources', () => {
  expect(extractorVersion(path.resolve(__dirname, '..', '..')).basis).toBe('sources');
});

test('without the sources it falls back to the build id, and without a build to a value for this process only', () => {
  const root = fakeRoot();
  rmSync(path.join(root, 'lib'), { recursive: true });
  const noBuild = [extractorVersion(root), extractorVersion(root)];
  expect(noBuild.map((v) => v.basis)).toEqual(['process', 'process']);
  expect(noBuild[0].version).not.toBe(noBuild[1].version);
  mkdirSync(path.join(root, '.next'));
  writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'abc123\n');
  expect(extractorVersion(root)).toEqual({ version: extractorVersion(root).version, basis: 'build' });
  writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'def456\n');
  expect(extractorVersion(root).version).not.toBe(noBuild[0].version);
});
