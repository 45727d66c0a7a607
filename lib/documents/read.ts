// The I/O edge for source documents: reads an article file (and its optional sidecar
// <name>.meta.json) into a SourceDocument, refusing files that are not UTF-8 article text. A bad
// sidecar does not cost the article: it is read without metadata and a warning names both files.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { trimAtWord } from '@/lib/text/trim-words';
import { stripBom } from './bom';
import type { SourceDocument } from './types';

/** A file that cannot be read as a document; the message names the file and the problem. */
export class DocumentError extends Error {
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'DocumentError';
    this.file = file;
  }
}

export const metaSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    publisher: z.string().trim().min(1).nullable().optional(),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO 8601 date such as 2025-11-27')
      .nullable()
      .optional(),
    url: z.string().url().nullable().optional(),
  })
  .strict();
export type DocumentMeta = z.infer<typeof metaSchema>;

/** The sidecar that belongs to an article file: `<dir>/<name>.meta.json`. */
export function sidecarOf(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.meta.json`);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

// An HTML page is refused rather than stripped: tag soup loses the paragraph breaks the extractor
// reads and would give quote offsets into text the reader never saw. The same goes for any other
// markup (SVG, XML, a feed): a file that starts with a tag is a document format, not an article.
// A stray tag quoted inside plain text is still text, and is kept (and shown) exactly as written.
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const MARKUP_START = /^\s*<(?:[?!]|[a-z][\w.:-]*(?:[\s/>]|$))/i;
const HTML_BLOCKS = /<\/(?:p|div|li|td|article|section)>|<br\s*\/?>/gi;

function markupProblem(text: string): string | null {
  if (HTML_START.test(text) || (text.match(HTML_BLOCKS)?.length ?? 0) >= 3) return 'looks like an HTML page; save the article as plain text';
  const tag = MARKUP_START.exec(text);
  if (tag) return `starts with markup (${JSON.stringify(tag[0].trim().slice(0, 20))}), not article text; save the article as plain text`;
  return null;
}

// An article, even a long feature, is well under 1 MB of text; a larger file is a dump or a
// mistake, and extracting it would hold up the server's start.
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

function readBytes(file: string): Buffer {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new DocumentError(file, 'file not found');
  }
  if (!stat.isFile()) throw new DocumentError(file, 'not a regular file');
  if (stat.size > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(file, `too large (${(stat.size / 1024 / 1024).toFixed(1)} MB), expected an article under ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
  }
  try {
    return readFileSync(file);
  } catch (err) {
    throw new DocumentError(file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * What the checks call what they read: a file (seeds, `npm run add`, the CLI) or text a client
 * sent (POST /api/extract), so one set of checks words its messages for both.
 */
export type Medium = 'file' | 'text';

const PROBLEMS: Record<Medium, { binary: string; empty: string }> = {
  file: { binary: 'binary file (contains NUL bytes), expected UTF-8 text', empty: 'empty file, expected article text' },
  text: { binary: 'binary data (contains NUL characters), expected article text', empty: 'no article text (empty or only white space)' },
};

/**
 * Article text, however it arrived: refuses binary data, empty text and markup (see
 * markupProblem) with a DocumentError naming `name`; returns the text without a leading
 * byte-order mark.
 */
export function checkArticleText(name: string, decoded: string, medium: Medium = 'file'): string {
  if (decoded.includes('\0')) throw new DocumentError(name, PROBLEMS[medium].binary);
  const text = stripBom(decoded);
  if (!text.trim()) throw new DocumentError(name, PROBLEMS[medium].empty);
  const markup = markupProblem(text.slice(0, 65_536));
  if (markup) throw new DocumentError(name, markup);
  return text;
}

/** The article text in `bytes`, or a DocumentError naming `file`: binary, not UTF-8, empty or markup. */
export function decodeArticle(file: string, bytes: Uint8Array, medium: Medium = 'file'): string {
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new DocumentError(file, `too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB), expected an article under ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
  // Binary before UTF-8: a binary file is rarely valid UTF-8, and "binary" is the better answer.
  if (bytes.includes(0)) throw new DocumentError(file, PROBLEMS[medium].binary.replace('characters', 'bytes'));
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new DocumentError(file, 'not valid UTF-8 text');
  }
  return checkArticleText(file, text, medium);
}

/** Parses and validates sidecar JSON; the error names the field and what was expected. */
export function parseMeta(metaFile: string, raw: string): DocumentMeta {
  let json: unknown;
  try {
    json = JSON.parse(stripBom(raw));
  } catch {
    throw new DocumentError(metaFile, 'not valid JSON');
  }
  const parsed = metaSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.') || '(root)';
    throw new DocumentError(metaFile, `field "${field}": ${issue.message}`);
  }
  return parsed.data;
}

function readMeta(metaFile: string): DocumentMeta | null {
  let raw: string;
  try {
    raw = readFileSync(metaFile, 'utf8');
  } catch {
    return null;
  }
  return parseMeta(metaFile, raw);
}

const MAX_TITLE = 200;
// A sentence ends at . ! or ? (with any closing quote) before a space and a capital, not after a
// lone initial ("U.S. plan", "J. Smith").
const SENTENCE_END = /(?<!\b[A-Z])[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/u;

/**
 * A title for an article without a sidecar: its first line when that is short (a headline), else
 * the line's first sentence, whole; only a first sentence too long for a title is cut, at a word.
 */
export function derivedTitle(text: string): string {
  const line = (text.split(/\r\n|\r|\n/).find((l) => l.trim()) ?? '').trim();
  if (line.length <= MAX_TITLE) return line;
  const end = SENTENCE_END.exec(line);
  const first = end ? line.slice(0, end.index + end[0].length) : line;
  return trimAtWord(first, MAX_TITLE);
}

export interface ReadArticle {
  document: SourceDocument;
  /** Problems that did not stop the article loading (a bad sidecar), each naming both files. */
  warnings: string[];
}

/**
 * Reads one article and its sidecar. Throws DocumentError for a missing, empty, binary, non-UTF-8
 * or markup file; a sidecar that is not valid JSON or fails the schema is reported as a warning
 * and the article is read without metadata.
 */
export function readArticle(file: string): ReadArticle {
  const text = decodeArticle(file, readBytes(file));
  const ext = path.extname(file);
  const id = path.basename(file, ext);
  const metaFile = sidecarOf(file);
  const warnings: string[] = [];
  let meta: DocumentMeta | null = null;
  try {
    meta = readMeta(metaFile);
  } catch (err) {
    if (!(err instanceof DocumentError)) throw err;
    warnings.push(`${file}: read without metadata, because its sidecar ${err.message}`);
  }
  return {
    document: {
      id,
      title: meta?.title ?? derivedTitle(text),
      publisher: meta?.publisher ?? null,
      published: meta?.published ?? null,
      url: meta?.url ?? null,
      length: text.length,
      text,
    },
    warnings,
  };
}

/** Reads one article (see readArticle); sidecar warnings are dropped. */
export function readDocument(file: string): SourceDocument {
  return readArticle(file).document;
}
