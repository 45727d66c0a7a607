// How much text one check reads: 200 KB of UTF-8 (a long feature is a fifth of that), shared by
// the API, which refuses more with a 413, and the page, which says so before sending.
export const MAX_TEXT_BYTES = 200 * 1024;
