// Reads every seed document and extracts its claims: the input side of lib/regions. A file that
// cannot be read is reported (and logged by the store), never fatal to the server.
import { extractClaims } from '@/lib/claims/extract';
import type { Claim, SourceDocument } from '@/lib/claims/types';
import { readDocumentsDir } from '@/lib/documents';

export interface Sources {
  documents: SourceDocument[];
  errors: { file: string; message: string }[];
  claims: Claim[];
}

export function loadSources(seedsDir: string): Sources {
  const { documents, errors } = readDocumentsDir(seedsDir);
  return {
    documents,
    errors: errors.map((e) => ({ file: e.file, message: e.message })),
    claims: documents.flatMap((d) => extractClaims(d)),
  };
}
