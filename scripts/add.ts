// `npm run add -- article.txt --title … --publisher … --published YYYY-MM-DD [--url …] [--name id] [--replace]`
// Adds an article and its sidecar to seeds/ (or CLAIMS_SEEDS_DIR, or --seeds DIR) atomically; a
// running server picks it up within seconds. Bad input: exit 2, one line on stderr, nothing written.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addArticle, DocumentError } from '../lib/documents';

const USAGE = 'usage: npm run add -- <article.txt> --title <title> --publisher <publisher> --published YYYY-MM-DD [--url <url>] [--name <id>] [--replace] [--seeds <dir>]';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The CLI itself, in-process: returns the exit code. */
export function addMain(argv: string[], io: Io, env: Record<string, string | undefined> = process.env, cwd = process.cwd()): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        title: { type: 'string' },
        publisher: { type: 'string' },
        published: { type: 'string' },
        url: { type: 'string' },
        name: { type: 'string' },
        replace: { type: 'boolean' },
        seeds: { type: 'string' },
      },
    });
  } catch (err) {
    io.stderr(`add: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.stderr(`add: give exactly one article file (got ${positionals.length})\n${USAGE}\n`);
    return 2;
  }
  const seedsDir = path.resolve(cwd, values.seeds ?? env.CLAIMS_SEEDS_DIR ?? 'seeds');
  try {
    const added = addArticle({
      source: path.resolve(cwd, positionals[0]),
      seedsDir,
      title: values.title ?? '',
      publisher: values.publisher ?? '',
      published: values.published ?? '',
      url: values.url,
      name: values.name,
      replace: values.replace,
    });
    const shown = path.relative(cwd, added.file);
    io.stdout(`added ${shown.startsWith('..') ? added.file : shown} and ${path.basename(added.metaFile)}; a running server shows it within seconds\n`);
    return 0;
  } catch (err) {
    if (err instanceof DocumentError) {
      io.stderr(`add: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

if (require.main === module) {
  process.exitCode = addMain(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
}
