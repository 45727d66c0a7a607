// A document's full text, read from its seed file when asked for rather than kept in memory (at
// 10,000 articles that would be ~60 MB held for the few a reader opens). The file is checked
// against the content key its claims were extracted from: if it changed since, the quote offsets
// would point into different text, so it is not served until the reload that follows has run.
import 'server-only';
import { readArticle } from '@/lib/documents';
import type { SourceDocument } from '@/lib/documents/types';
import { contentKey } from './claim-cache';
import type { Snapshot } from './snapshot';

export type DocumentText = { ok: true; document: SourceDocument } | { ok: false; reason: 'unknown' | 'changed' };

export function documentText(snapshot: Snapshot, id: string): DocumentText {
  const entry = snapshot.documents.get(id);
  if (!entry) return { ok: false, reason: 'unknown' };
  try {
    const { document } = readArticle(entry.file);
    if (contentKey(document, snapshot.extractorVersion) !== entry.key) return { ok: false, reason: 'changed' };
    return { ok: true, document };
  } catch {
    return { ok: false, reason: 'changed' };
  }
}
