// The I/O edge for source documents: reads an article file (and its optional sidecar
// <name>.meta.json) into a SourceDocument, refusing files that are not UTF-8 article text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
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

const decoder = new TextDecoder('utf-8', { fatal: true });

// An HTML page is refused rather than stripped: tag soup loses the paragraph breaks the extractor
// reads and would give quote offsets into text the reader never saw. A stray tag quoted inside
// plain text is still text, and is kept (and shown) exactly as written.
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const HTML_BLOCKS = /<\/(?:p|div|li|td|article|section)>|<br\s*\/?>/gi;

function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text) || (text.match(HTML_BLOCKS)?.length ?? 0) >= 3;
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

function decodeText(file: string, bytes: Buffer): string {
  if (bytes.includes(0)) throw new DocumentError(file, 'binary file (contains NUL bytes), expected UTF-8 text');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new DocumentError(file, 'not valid UTF-8 text');
  }
  text = stripBom(text);
  if (!text.trim()) throw new DocumentError(file, 'empty file, expected article text');
  if (looksLikeHtml(text.slice(0, 65_536))) throw new DocumentError(file, 'looks like an HTML page; save the article as plain text');
  return text;
}

function readMeta(metaFile: string): DocumentMeta | null {
  let raw: string;
  try {
    raw = readFileSync(metaFile, 'utf8');
  } catch {
    return null;
  }
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

function firstLine(text: string): string {
  const line = text.split(/\r\n|\r|\n/).find((l) => l.trim()) ?? '';
  const title = line.trim();
  return title.length > 200 ? `${title.slice(0, 197)}…` : title;
}

/** Reads one article; throws DocumentError for a missing, empty, binary, non-UTF-8 or HTML file or a bad sidecar. */
export function readDocument(file: string): SourceDocument {
  const text = decodeText(file, readBytes(file));
  const ext = path.extname(file);
  const id = path.basename(file, ext);
  const meta = readMeta(path.join(path.dirname(file), `${id}.meta.json`));
  return {
    id,
    title: meta?.title ?? firstLine(text),
    publisher: meta?.publisher ?? null,
    published: meta?.published ?? null,
    url: meta?.url ?? null,
    length: text.length,
    text,
  };
}

/** Every *.txt in the directory, sorted by name; bad files are reported, not thrown. */
export function readDocumentsDir(dir: string): { documents: SourceDocument[]; errors: DocumentError[] } {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { documents: [], errors: [new DocumentError(dir, 'directory not found')] };
  }
  const documents: SourceDocument[] = [];
  const errors: DocumentError[] = [];
  for (const name of names.filter((n) => n.endsWith('.txt')).sort()) {
    try {
      documents.push(readDocument(path.join(dir, name)));
    } catch (err) {
      if (err instanceof DocumentError) errors.push(err);
      else throw err;
    }
  }
  return { documents, errors };
}
