// The extract CLI as other programs use it: JSON on stdout, or exit 2 and one line on stderr. The
// cases run in-process (the CLI's main function with captured output); one run through node and
// tsx checks the wiring (exit code, streams) that only a real process shows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractMain } from '../scripts/extract';

const ROOT = path.join(__dirname, '..');
const SEED = path.join(ROOT, 'tests', 'fixtures', 'seeds', '000_dcd564552b84d477.txt');

function run(...files: string[]) {
  let stdout = '';
  let stderr = '';
  const code = extractMain(files, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

test('the seed prints its document record and claims as JSON', () => {
  const { code, stdout, stderr } = run(SEED);
  expect(code).toBe(0);
  expect(stderr).toBe('');
  const out = JSON.parse(stdout) as { documents: Record<string, unknown>[]; claims: { quote: { document: string } }[] };
  expect(out.documents).toEqual([
    { id: '000_dcd564552b84d477', title: expect.stringContaining('Russian President Vladimir Putin'), publisher: null, published: null, url: null, length: expect.any(Number) },
  ]);
  expect(out.claims.length).toBeGreaterThan(10);
  expect(out.claims.every((c) => c.quote.document === '000_dcd564552b84d477')).toBe(true);
});

test('as a process: `npm run extract` exits 2 on a bad file with one line on stderr, 0 with JSON on a good one', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cli-'));
  const bad = path.join(dir, 'bad.txt');
  writeFileSync(bad, '');
  const cli = (file: string) =>
    spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'extract.ts'), file], { cwd: ROOT, encoding: 'utf8' });
  const failed = cli(bad);
  expect([failed.status, failed.stdout, failed.stderr.trim().split('\n').length]).toEqual([2, '', 1]);
  const ok = cli(SEED);
  expect(ok.status).toBe(0);
  expect(JSON.parse(ok.stdout).documents[0].id).toBe('000_dcd564552b84d477');
}, 30_000);

test('a bad sidecar is a warning naming both files; the article is read without its metadata', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cli-'));
  const file = path.join(dir, 'a.txt');
  writeFileSync(file, 'Russia controls parts of Donetsk, CNN reported.\n');
  writeFileSync(path.join(dir, 'a.meta.json'), '{"published": "yesterday"}');
  const { code, stdout, stderr } = run(file);
  expect(code).toBe(0);
  expect(JSON.parse(stdout).documents[0]).toEqual(expect.objectContaining({ id: 'a', published: null }));
  expect(stderr).toContain(file);
  expect(stderr).toContain(path.join(dir, 'a.meta.json'));
});

describe.each([
  ['missing', null, /file not found/],
  ['empty', '', /empty file/],
  ['binary', Buffer.from([0, 1, 2, 3, 0xff]), /binary file/],
  ['non-UTF-8', Buffer.from([0x4b, 0xff, 0xfe, 0x20]), /not valid UTF-8/],
  ['HTML', '<html><body><p>Russia controls Luhansk.</p></body></html>', /HTML/],
  ['SVG', '<svg xmlns="http://www.w3.org/2000/svg"><text>Russia controls Luhansk.</text></svg>', /markup/],
])('a %s file', (_kind, body, problem) => {
  test('exits 2 with one stderr line naming it and nothing on stdout, even after a good file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-'));
    const file = path.join(dir, 'bad.txt');
    if (body !== null) writeFileSync(file, body);
    const { code, stdout, stderr } = run(SEED, file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(problem);
    expect(stderr).not.toMatch(/\bat\s.+:\d+:\d+/);
  });
});
