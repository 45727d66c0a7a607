// Public entry of the document edge: what lib/regions and the CLI import.
export { DocumentError, metaSchema, readDocument, readDocumentsDir, type DocumentMeta } from './read';
