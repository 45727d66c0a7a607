// Adds an article to a seeds folder: checks the text as the server will read it and the metadata
// as the sidecar schema will, then writes both atomically (each to a hidden temporary file, then
// renamed into place, the sidecar first), so the server's watcher never reads half a file and a
// refused article leaves nothing behind.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { isCalendarDate } from './calendar-date';
import { DocumentError, decodeArticle, metaSchema, type DocumentMeta } from './read';
import { scanSeeds } from './scan';

export interface AddArticle {
  /** The article's text file. */
  source: string;
  seedsDir: string;
  title: string;
  publisher: string;
  /** YYYY-MM-DD. */
  published: string;
  url?: string;
  /** The document id (file name without .txt); default: the source's file name. */
  name?: string;
  /** Overwrite an article of the same name in the same place. */
  replace?: boolean;
}

export interface Added {
  id: string;
  file: string;
  metaFile: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$/;

function check(input: AddArticle): { id: string; text: string; meta: DocumentMeta } {
  const id = input.name ?? path.basename(input.source).replace(/\.txt$/i, '');
  if (!NAME.test(id) || id.endsWith('.meta')) {
    throw new DocumentError(input.name ?? input.source, `"${id}" is not a usable document name: use letters, digits, ".", "_" and "-" (pass --name)`);
  }
  for (const [field, value] of [
    ['title', input.title],
    ['publisher', input.publisher],
  ] as const) {
    if (!value?.trim()) throw new DocumentError(input.source, `--${field} is required`);
    if (value.length > 500) throw new DocumentError(input.source, `--${field} is ${value.length} characters; expected at most 500`);
  }
  if (!input.published) throw new DocumentError(input.source, '--published is required, as YYYY-MM-DD');
  if (!isCalendarDate(input.published)) throw new DocumentError(input.source, `--published ${JSON.stringify(input.published)} is not a date; expected YYYY-MM-DD`);
  if (input.url !== undefined && !/^https?:\/\//i.test(input.url)) throw new DocumentError(input.source, `--url ${JSON.stringify(input.url)} is not an http(s) URL`);
  const meta = metaSchema.safeParse({ title: input.title.trim(), publisher: input.publisher.trim(), published: input.published, ...(input.url ? { url: input.url } : {}) });
  if (!meta.success) {
    const issue = meta.error.issues[0];
    throw new DocumentError(input.source, `--${issue.path.join('.')}: ${issue.message}`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(input.source);
  } catch (err) {
    throw new DocumentError(input.source, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `cannot be read (${(err as NodeJS.ErrnoException).code})`);
  }
  return { id, text: decodeArticle(input.source, bytes), meta: meta.data };
}

function writeDurably(file: string, data: string): void {
  const fd = openSync(file, 'wx');
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Checks and writes; throws DocumentError (nothing written) when the article or its metadata is refused. */
export function addArticle(input: AddArticle): Added {
  const { id, text, meta } = check(input);
  const dir = path.resolve(input.seedsDir);
  const file = path.join(dir, `${id}.txt`);
  const metaFile = path.join(dir, `${id}.meta.json`);
  const existing = scanSeeds(dir).files.find((f) => f.id === id);
  if (existing && !(input.replace && existing.file === file)) {
    throw new DocumentError(
      input.source,
      `the seeds already have an article "${id}" (${existing.file}); ${existing.file === file ? 'pass --replace to overwrite it, or ' : ''}pass --name to add it under another name`,
    );
  }
  mkdirSync(dir, { recursive: true });
  const tmp = (target: string) => path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`);
  const written: string[] = [];
  try {
    for (const [target, data] of [
      [metaFile, `${JSON.stringify(meta, null, 2)}\n`],
      [file, text],
    ] as const) {
      writeDurably(tmp(target), data);
      written.push(tmp(target));
    }
    renameSync(tmp(metaFile), metaFile);
    renameSync(tmp(file), file);
  } catch (err) {
    for (const t of written) rmSync(t, { force: true });
    throw err;
  }
  return { id, file, metaFile };
}
