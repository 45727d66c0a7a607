// `npm run add`, in-process: a checked article and sidecar land in the seeds folder atomically;
// bad input is one clear line on stderr, exit 2, and nothing written.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readArticle } from '@/lib/documents';
import { addMain } from '../../scripts/add';

const TEXT = 'Russian forces control parts of the Donetsk region, the ministry said.\n';

function setup(files: Record<string, string | Buffer> = { 'article.txt': TEXT }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'add-'));
  const seeds = path.join(dir, 'seeds');
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
  const run = (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = addMain([...argv, '--seeds', seeds], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, {}, dir);
    return { code, stdout, stderr };
  };
  const listing = () => {
    try {
      return readdirSync(seeds).sort();
    } catch {
      return [];
    }
  };
  return { dir, seeds, run, listing };
}

const META = ['--title', 'Frontline update', '--publisher', 'Example Wire', '--published', '2025-11-27', '--url', 'https://example.org/a'];

test('writes the text and its sidecar, which the reader then reads back as given', () => {
  const { seeds, run, listing } = setup();
  const { code, stdout, stderr } = run('article.txt', ...META);
  expect([code, stderr]).toEqual([0, '']);
  expect(stdout).toMatch(/added .*article\.txt and article\.meta\.json/);
  expect(listing()).toEqual(['article.meta.json', 'article.txt']);
  const { document, warnings } = readArticle(path.join(seeds, 'article.txt'));
  expect(warnings).toEqual([]);
  expect(document).toEqual(
    expect.objectContaining({ id: 'article', title: 'Frontline update', publisher: 'Example Wire', published: '2025-11-27', url: 'https://example.org/a', text: TEXT }),
  );
});

test('--name sets the document id; --url is optional', () => {
  const { seeds, run } = setup();
  expect(run('article.txt', '--name', 'wire-2025-11-27', ...META.slice(0, 6)).code).toBe(0);
  expect(JSON.parse(readFileSync(path.join(seeds, 'wire-2025-11-27.meta.json'), 'utf8'))).toEqual({ title: 'Frontline update', publisher: 'Example Wire', published: '2025-11-27' });
});

test.each([
  ['a missing title', ['--publisher', 'X', '--published', '2025-11-27'], /--title is required/],
  ['a missing date', ['--title', 'T', '--publisher', 'X'], /--published is required/],
  ['a date in another format', ['--title', 'T', '--publisher', 'X', '--published', '27/11/2025'], /--published "27\/11\/2025" is not a date; expected YYYY-MM-DD/],
  ['a date that does not exist', ['--title', 'T', '--publisher', 'X', '--published', '2025-02-30'], /"2025-02-30" is not a date/],
  ['a URL that is not http(s)', [...META.slice(0, 6), '--url', 'javascript:alert(1)'], /--url "javascript:alert\(1\)" is not an http\(s\) URL/],
  ['an unknown option', [...META, '--author', 'me'], /Unknown option '--author'/],
  ['a bad name', [...META, '--name', '../escape'], /"\.\.\/escape" is not a usable document name/],
])('refuses %s: exit 2, one line naming the problem, nothing written', (_what, args, message) => {
  const { run, listing } = setup();
  const { code, stdout, stderr } = run('article.txt', ...args);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr.split('\n')[0]).toMatch(message);
  expect(listing()).toEqual([]);
});

test.each([
  ['an empty file', '', /empty file/],
  ['an HTML page', '<!doctype html><html><body>x</body></html>', /HTML page/],
  ['an SVG file', '<svg xmlns="http://www.w3.org/2000/svg"/>', /starts with markup/],
  ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]), /binary file/],
])('refuses %s the way the server would, and writes nothing', (_what, body, message) => {
  const { run, listing } = setup({ 'article.txt': body });
  const { code, stderr } = run('article.txt', ...META);
  expect(code).toBe(2);
  expect(stderr).toMatch(message);
  expect(listing()).toEqual([]);
});

test('will not overwrite an article of the same name unless told to, and leaves no temporary files', () => {
  const { seeds, run, listing } = setup({ 'article.txt': TEXT, 'v2.txt': `${TEXT}More.\n` });
  expect(run('article.txt', ...META).code).toBe(0);
  const again = run('v2.txt', '--name', 'article', ...META);
  expect(again.code).toBe(2);
  expect(again.stderr).toMatch(/already have an article "article".*--replace/);
  expect(run('v2.txt', '--name', 'article', '--replace', ...META).code).toBe(0);
  expect(readFileSync(path.join(seeds, 'article.txt'), 'utf8')).toBe(`${TEXT}More.\n`);
  expect(readdirSync(seeds, { withFileTypes: true }).map((e) => e.name).filter((n) => n.startsWith('.'))).toEqual([]);
  expect(listing()).toEqual(['article.meta.json', 'article.txt']);
});

test('refuses a name already used in a subfolder of the seeds', () => {
  const { dir, seeds, run } = setup();
  const quiet = { stdout: () => undefined, stderr: () => undefined };
  expect(addMain(['article.txt', ...META, '--seeds', path.join(seeds, 'sub')], quiet, {}, dir)).toBe(0);
  const clash = run('article.txt', ...META);
  expect(clash.code).toBe(2);
  expect(clash.stderr).toMatch(/sub\/article\.txt/);
});
