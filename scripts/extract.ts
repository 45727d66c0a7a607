// CLI: npm run --silent extract -- <file>...  prints {"documents":[…],"claims":[…]} as JSON.
// A bad file exits 2 with one line on stderr naming it; nothing is printed on stdout then.
import { extractClaims } from '../lib/claims/extract';
import type { Claim } from '../lib/claims/types';
import { DocumentError, readDocument } from '../lib/documents';

function main(files: string[]): number {
  if (!files.length) {
    process.stderr.write('usage: npm run --silent extract -- <file>...\n');
    return 2;
  }
  const documents = [];
  const claims: Claim[] = [];
  for (const file of files) {
    let doc;
    try {
      doc = readDocument(file);
    } catch (err) {
      if (err instanceof DocumentError) {
        process.stderr.write(`extract: ${err.message}\n`);
        return 2;
      }
      throw err;
    }
    documents.push({ id: doc.id, title: doc.title, publisher: doc.publisher, published: doc.published, url: doc.url, length: doc.length });
    claims.push(...extractClaims(doc));
  }
  process.stdout.write(JSON.stringify({ documents, claims }, null, 2) + '\n');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`extract: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
