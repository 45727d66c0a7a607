// CLI: npm run --silent extract -- <file>...  prints {"documents":[…],"claims":[…]} as JSON.
// A bad file exits 2 with one line on stderr naming it; nothing is printed on stdout then. A bad
// sidecar is a warning on stderr: the article is read without its metadata.
import { extractClaims } from '../lib/claims/extract';
import type { Claim } from '../lib/claims/types';
import { DocumentError, readArticle } from '../lib/documents';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The CLI itself, in-process: returns the exit code. */
export function extractMain(files: string[], io: Io): number {
  if (!files.length) {
    io.stderr('usage: npm run --silent extract -- <file>...\n');
    return 2;
  }
  const documents = [];
  const claims: Claim[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    let read;
    try {
      read = readArticle(file);
    } catch (err) {
      if (err instanceof DocumentError) {
        io.stderr(`extract: ${err.message}\n`);
        return 2;
      }
      throw err;
    }
    const doc = read.document;
    warnings.push(...read.warnings);
    documents.push({ id: doc.id, title: doc.title, publisher: doc.publisher, published: doc.published, url: doc.url, length: doc.length });
    claims.push(...extractClaims(doc));
  }
  for (const w of warnings) io.stderr(`extract: warning: ${w}\n`);
  io.stdout(JSON.stringify({ documents, claims }, null, 2) + '\n');
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = extractMain(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
  } catch (err) {
    process.stderr.write(`extract: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
