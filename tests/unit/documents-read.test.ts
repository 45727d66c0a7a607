// The document edge: files in, SourceDocuments out, bad files refused with a message naming them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DocumentError, readDocument, readDocumentsDir } from '@/lib/documents';

function dirWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'docs-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
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
])('a sidecar with a bad field names the field: %j', (meta, field) => {
  const dir = dirWith({ 'd.txt': 'Text.', 'd.meta.json': JSON.stringify(meta) });
  expect(() => readDocument(path.join(dir, 'd.txt'))).toThrow(new RegExp(`d\\.meta\\.json: field "${field.replace(/[()]/g, '\\$&')}"`));
});

test('a sidecar that is not JSON is refused', () => {
  const dir = dirWith({ 'e.txt': 'Text.', 'e.meta.json': '{title:' });
  expect(() => readDocument(path.join(dir, 'e.txt'))).toThrow(/e\.meta\.json: not valid JSON/);
});

test('a directory is read in name order and bad files are reported, not thrown', () => {
  const dir = dirWith({ 'b.txt': 'Second.', 'a.txt': 'First.', 'c.txt': '', 'notes.md': 'ignored' });
  const { documents, errors } = readDocumentsDir(dir);
  expect(documents.map((d) => d.id)).toEqual(['a', 'b']);
  expect(errors).toHaveLength(1);
  expect(errors[0].file).toBe(path.join(dir, 'c.txt'));
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
