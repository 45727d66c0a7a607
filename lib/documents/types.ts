// The source document: one article as read from seeds/, with its sidecar metadata.
// It lives with the documents (the extractor depends on it, never the other way round).

export interface SourceDocument {
  /** The file name without its extension. */
  id: string;
  title: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
  /** Length of `text` in UTF-16 code units. */
  length: number;
  text: string;
}
