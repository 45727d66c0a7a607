// Golden fixtures: every tests/fixtures/claims/in/*.txt (with its optional .meta.json) is read and
// extracted, and the result must equal out/<id>.json. REGEN=1 rewrites the expected files, which
// are then reviewed claim by claim before committing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims } from '@/lib/claims/extract';
import { claimSchema } from '@/lib/claims/types';
import { readDocument } from '@/lib/documents';

const DIR = path.join(__dirname, '..', 'fixtures', 'claims');
const inputs = readdirSync(path.join(DIR, 'in'))
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe.each(inputs)('%s', (file) => {
  const doc = readDocument(path.join(DIR, 'in', file));
  const claims = extractClaims(doc);
  const { text: _text, ...document } = doc;
  const actual = { document, claims };
  const outFile = path.join(DIR, 'out', `${doc.id}.json`);
  if (process.env.REGEN) writeFileSync(outFile, JSON.stringify(actual, null, 2) + '\n');

  test('extracts exactly the expected claims', () => {
    expect(existsSync(outFile)).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(outFile, 'utf8')));
  });

  test('every claim is a valid record whose quote is the document slice', () => {
    for (const claim of claims) {
      expect(claimSchema.safeParse(claim).success).toBe(true);
      expect(doc.text.slice(claim.quote.start, claim.quote.end)).toBe(claim.quote.text);
      expect(claim.quote.document).toBe(doc.id);
    }
  });
});
