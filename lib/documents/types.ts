// The source document: one article as read from seeds/, with its sidecar metadata, and the
// reference to it that travels beside a claim. They live with the documents (the extractor
// depends on them, never the other way round).

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

/** What the API says about a document beside a claim or in a list (its text is at /api/documents/{id}). */
export interface DocumentRef {
  id: string;
  title: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
}

export function documentRef(d: DocumentRef): DocumentRef {
  return { id: d.id, title: d.title, publisher: d.publisher, published: d.published, url: d.url };
}
