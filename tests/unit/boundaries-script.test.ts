// The committed boundary files are exactly what scripts/build-boundaries.ts makes, every time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const COMMITTED = 'data/boundaries';

function runScript(out: string): void {
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build-boundaries.ts', '--out', out], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

describe('scripts/build-boundaries.ts', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  test('two runs give byte-identical files, identical to the committed data', () => {
    const a = mkdtempSync(path.join(tmpdir(), 'boundaries-a-'));
    const b = mkdtempSync(path.join(tmpdir(), 'boundaries-b-'));
    dirs.push(a, b);
    runScript(a);
    runScript(b);
    const files = readdirSync(COMMITTED).sort();
    expect(readdirSync(a).sort()).toEqual(files);
    for (const file of files) {
      const first = readFileSync(path.join(a, file));
      expect(first.equals(readFileSync(path.join(b, file)))).toBe(true);
      expect(first.equals(readFileSync(path.join(COMMITTED, file)))).toBe(true);
    }
  }, 180_000);
});
