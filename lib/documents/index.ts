// Public entry of the document edge: what lib/regions and the CLI import.
export { DocumentError, MAX_DOCUMENT_BYTES, metaSchema, readDocument, readDocumentsDir, type DocumentMeta } from './read';
export type { SourceDocument } from './types';
