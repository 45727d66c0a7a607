// Saves a Blob as a download with a given file name, and dates file names the way readers do.

/** Today as yyyy-mm-dd in the reader's own time zone. */
export function localDate(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The file name a Content-Disposition header gives (`filename="…"`), if it is a plain one. */
export function fileNameOf(contentDisposition: string | null): string | null {
  const m = /filename="([\w.-]+)"/.exec(contentDisposition ?? '');
  return m ? m[1] : null;
}
