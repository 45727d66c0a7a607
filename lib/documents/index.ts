// Public entry of the document edge: what the server store and the CLIs import.
export { DocumentError, MAX_DOCUMENT_BYTES, checkArticleText, decodeArticle, metaSchema, parseMeta, readArticle, readDocument, sidecarOf, type DocumentMeta, type Medium, type ReadArticle } from './read';
export { isCalendarDate } from './calendar-date';
export { addArticle, type AddArticle, type Added } from './add';
export { readDocumentsDir, type DocumentsDir } from './dir';
export { scanSeeds, type SeedFile, type SeedProblem, type SeedScan } from './scan';
export { documentRef, type DocumentRef, type SourceDocument } from './types';
