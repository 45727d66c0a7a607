// The extract CLI as other programs use it: JSON on stdout, or exit 2 and one line on stderr.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const SEED = path.join(ROOT, 'seeds', '000_dcd564552b84d477.txt');

function run(...files: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'extract.ts'), ...files], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
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
}, 30_000);

describe.each([
  ['missing', null, /file not found/],
  ['empty', '', /empty file/],
  ['binary', Buffer.from([0, 1, 2, 3, 0xff]), /binary file/],
  ['non-UTF-8', Buffer.from([0x4b, 0xff, 0xfe, 0x20]), /not valid UTF-8/],
  ['HTML', '<html><body><p>Russia controls Luhansk.</p></body></html>', /HTML/],
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
  }, 30_000);
});
