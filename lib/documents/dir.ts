// Reads a whole seeds folder at once (the CLI and tests; the server reads incrementally, see
// lib/server/corpus.ts): every article, with bad files and bad sidecars reported, never thrown.
import { DocumentError, readArticle } from './read';
import { scanSeeds } from './scan';
import type { SourceDocument } from './types';

export interface DocumentsDir {
  documents: SourceDocument[];
  errors: { file: string; message: string }[];
  warnings: string[];
}

/** Every *.txt under the folder (subfolders too), in path order. */
export function readDocumentsDir(dir: string): DocumentsDir {
  const { files, problems } = scanSeeds(dir);
  const documents: SourceDocument[] = [];
  const errors = problems.map((p) => ({ ...p }));
  const warnings: string[] = [];
  for (const { file } of files) {
    try {
      const read = readArticle(file);
      documents.push(read.document);
      warnings.push(...read.warnings);
    } catch (err) {
      if (err instanceof DocumentError) errors.push({ file: err.file, message: err.message });
      else throw err;
    }
  }
  return { documents, errors, warnings };
}
