// The document edge: files in, SourceDocuments out, bad files refused with a message naming them.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DocumentError, readArticle, readDocument, readDocumentsDir, scanSeeds } from '@/lib/documents';
import { derivedTitle } from '@/lib/documents/read';

function dirWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'docs-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

test('a plain article gets its id from the file name and its title from the first line', () => {
  const dir = dirWith({ 'a1.txt': 'Russia claims capture of Toretsk\nBody text.\n' });
  expect(readDocument(path.join(dir, 'a1.txt'))).toEqual({
    id: 'a1',
    title: 'Russia claims capture of Toretsk',
    publisher: null,
    published: null,
    url: null,
    length: 44,
    text: 'Russia claims capture of Toretsk\nBody text.\n',
  });
});

test('a BOM is stripped and length counts UTF-16 units', () => {
  const dir = dirWith({ 'b.txt': '\uFEFF🇺🇦 Kyiv' });
  const doc = readDocument(path.join(dir, 'b.txt'));
  expect(doc.text).toBe('🇺🇦 Kyiv');
  expect(doc.length).toBe(9);
});

test('a stray tag quoted in plain text is kept as text, not refused as HTML', () => {
  const text = 'CNN reported that Russia controls all of Luhansk <script>alert(1)</script> and <b>parts</b> of Donetsk.';
  const dir = dirWith({ 'h.txt': text });
  expect(readDocument(path.join(dir, 'h.txt')).text).toBe(text);
});

test('a sidecar supplies title, publisher, date and URL', () => {
  const dir = dirWith({
    'c.txt': 'Text.',
    'c.meta.json': JSON.stringify({ title: 'T', publisher: 'Example Wire', published: '2025-11-27', url: 'https://example.org/a' }),
  });
  expect(readDocument(path.join(dir, 'c.txt'))).toMatchObject({ title: 'T', publisher: 'Example Wire', published: '2025-11-27', url: 'https://example.org/a' });
});

test.each([
  ['missing file', null, /missing\.txt: file not found/],
  ['empty file', '  \n\n', /empty file/],
  ['binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary file/],
  ['invalid UTF-8', Buffer.from([0x4b, 0x79, 0x69, 0x76, 0xff, 0xfe, 0x20]), /not valid UTF-8/],
  ['HTML page', '<!DOCTYPE html><html><body><p>Russia controls Luhansk.</p></body></html>', /looks like an HTML page/],
  ['SVG image', '<svg xmlns="http://www.w3.org/2000/svg"><text>Russia controls Luhansk.</text></svg>', /starts with markup \("<svg"\)/],
  ['XML feed', '<?xml version="1.0"?>\n<rss><item>Russia controls Luhansk.</item></rss>', /starts with markup \("<\?"\)/],
  ['tagged fragment', '  \n<article class="story">Russia controls Luhansk.</article>', /starts with markup/],
])('a %s is refused with a DocumentError naming the file', (_what, body, message) => {
  const dir = dirWith(body === null ? {} : { 'bad.txt': body });
  const file = path.join(dir, body === null ? 'missing.txt' : 'bad.txt');
  let error: unknown;
  try {
    readDocument(file);
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(DocumentError);
  expect((error as DocumentError).file).toBe(file);
  expect((error as DocumentError).message).toContain(file);
  expect((error as DocumentError).message).toMatch(message);
});

test.each([
  [{ published: 'last Tuesday' }, 'published'],
  [{ url: 'not a url' }, 'url'],
  [{ title: 42 }, 'title'],
  [{ author: 'someone' }, '(root)'],
])('a sidecar with a bad field does not cost the article: it loads without metadata and the warning names both files and the field: %j', (meta, field) => {
  const dir = dirWith({ 'd.txt': 'Text.', 'd.meta.json': JSON.stringify(meta) });
  const { document, warnings } = readArticle(path.join(dir, 'd.txt'));
  expect(document).toEqual(expect.objectContaining({ id: 'd', title: 'Text.', publisher: null, published: null, url: null }));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain(path.join(dir, 'd.txt'));
  expect(warnings[0]).toContain(`${path.join(dir, 'd.meta.json')}: field "${field}"`);
});

test('a sidecar that is not JSON is a warning too', () => {
  const dir = dirWith({ 'e.txt': 'Text.', 'e.meta.json': '{title:' });
  const { document, warnings } = readArticle(path.join(dir, 'e.txt'));
  expect(document.title).toBe('Text.');
  expect(warnings[0]).toMatch(/e\.txt: read without metadata, because its sidecar .*e\.meta\.json: not valid JSON/);
});

test('markup quoted later in plain text is text: only a file that starts with a tag is refused', () => {
  const dir = dirWith({ 'q.txt': 'The report included <svg> and <?xml ?> snippets.\nRussia controls parts of Donetsk.' });
  expect(readDocument(path.join(dir, 'q.txt')).text).toMatch(/^The report/);
});

test('a directory is read in name order and bad files are reported, not thrown', () => {
  const dir = dirWith({ 'b.txt': 'Second.', 'a.txt': 'First.', 'c.txt': '', 'notes.md': 'ignored' });
  const { documents, errors } = readDocumentsDir(dir);
  expect(documents.map((d) => d.id)).toEqual(['a', 'b']);
  expect(errors).toHaveLength(1);
  expect(errors[0].file).toBe(path.join(dir, 'c.txt'));
});

test('subfolders are read too, hidden files and folders are not, and a duplicate id is reported', () => {
  const dir = dirWith({
    'a.txt': 'Top.',
    'corpus/2022/b.txt': 'Deep.',
    'corpus/2022/b.meta.json': '{"published": "2022-05-01"}',
    'other/a.txt': 'Same id as the top one.',
    '.tmp/c.txt': 'An editor backup.',
    '.d.txt.123.tmp': 'A temporary file.',
  });
  const { documents, errors } = readDocumentsDir(dir);
  expect(documents.map((d) => [d.id, d.published])).toEqual([
    ['a', null],
    ['b', '2022-05-01'],
  ]);
  expect(errors).toEqual([{ file: path.join(dir, 'other', 'a.txt'), message: expect.stringMatching(/duplicate document id "a" \(already read from .*a\.txt\)/) }]);
});

test('a file\'s stamp changes when it or its sidecar is rewritten', () => {
  const dir = dirWith({ 'a.txt': 'Text.' });
  const before = scanSeeds(dir).files[0].stamp;
  writeFileSync(path.join(dir, 'a.meta.json'), '{}');
  const withSidecar = scanSeeds(dir).files[0].stamp;
  writeFileSync(path.join(dir, 'a.txt'), 'Longer text.');
  const rewritten = scanSeeds(dir).files[0].stamp;
  expect(new Set([before, withSidecar, rewritten]).size).toBe(3);
});

test('a missing directory is one error, not an exception', () => {
  const { documents, errors } = readDocumentsDir(path.join(tmpdir(), 'no-such-dir-for-docs'));
  expect(documents).toEqual([]);
  expect(errors[0].message).toMatch(/directory not found/);
});

test('a file over the size limit is refused with its size, before it is read', () => {
  const dir = dirWith({ 'big.txt': 'Russia controls parts of Donetsk. '.repeat(70_000) });
  expect(() => readDocument(path.join(dir, 'big.txt'))).toThrow(/big\.txt.*too large \(2\.\d MB\), expected an article under 2 MB/);
});

describe('the title of an article without a sidecar', () => {
  test('is its first line when that is a headline', () => {
    expect(derivedTitle('Russia claims capture of Toretsk\nBody text.')).toBe('Russia claims capture of Toretsk');
  });
  test('is the first sentence, whole, when the first line is a paragraph', () => {
    const seed = readFileSync(path.resolve(__dirname, '..', '..', 'seeds', '000_dcd564552b84d477.txt'), 'utf8');
    expect(derivedTitle(seed)).toBe(
      'Russian President Vladimir Putin on Thursday asserted that the US plan for peace in Ukraine could be a starting point for future agreements.',
    );
  });
  test('does not end at an initial or an abbreviation’s full stop', () => {
    const text = `The U.S. envoy J. Smith met officials in Kyiv on Monday to discuss the plan. ${'More words follow here. '.repeat(10)}`;
    expect(derivedTitle(text)).toBe('The U.S. envoy J. Smith met officials in Kyiv on Monday to discuss the plan.');
  });
  test('cuts only a first sentence too long for a title, at a word', () => {
    const title = derivedTitle(`${'word '.repeat(80)}end.`);
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.endsWith('word…')).toBe(true);
  });
});
