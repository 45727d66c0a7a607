// Reads every seed document and extracts its claims: the input side of lib/regions.
import type { Claim, SourceDocument } from '@/lib/claims/types';

export interface Sources {
  documents: SourceDocument[];
  errors: { file: string; message: string }[];
  claims: Claim[];
}

// Until the extractor lands, no document is read and every region reports that no claims were found.
export function loadSources(_seedsDir: string): Sources {
  return { documents: [], errors: [], claims: [] };
}
