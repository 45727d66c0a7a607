// Reads the body of POST /api/extract: JSON {"text", "published"} or the article as text/plain
// (its date then in ?published=), at most MAX_EXTRACT_BYTES, UTF-8 article text as the seeds'
// own checks define it (lib/documents: not binary, not empty, not an HTML or other markup page).
// Every refusal names the problem and carries the status that fits it.
import { z } from 'zod';
import { MAX_TEXT_BYTES } from '@/lib/check/text-limit';
import { isCalendarDate } from '@/lib/documents/calendar-date';
import { DocumentError, checkArticleText, decodeArticle } from '@/lib/documents/read';

export const MAX_EXTRACT_BYTES = MAX_TEXT_BYTES;

export const EXTRACT_CONTENT_TYPES = ['application/json', 'text/plain'] as const;

export interface ExtractInput {
  text: string;
  /** YYYY-MM-DD, or null. */
  published: string | null;
}

export type ParsedExtract = { ok: true; value: ExtractInput; bytes: number } | { ok: false; status: 400 | 413 | 415; error: string };

const fail = (status: 400 | 413 | 415, error: string): ParsedExtract => ({ ok: false, status, error });

const tooLarge = (bytes: number | null) =>
  fail(413, `the body is ${bytes === null ? `over ${MAX_EXTRACT_BYTES / 1024} KB` : `${(bytes / 1024).toFixed(1)} KB`}; the limit is ${MAX_EXTRACT_BYTES / 1024} KB (${MAX_EXTRACT_BYTES} bytes): send a shorter text, or the article in parts`);

const utf8 = new TextDecoder('utf-8', { fatal: true });

const published = z
  .string({ error: 'expected a date as YYYY-MM-DD, or null' })
  .refine(isCalendarDate, { error: (issue) => `${JSON.stringify(String(issue.input).slice(0, 40))} is not a date; expected YYYY-MM-DD` })
  .nullable()
  .optional();

const jsonBody = z
  .object({
    text: z.string({ error: 'expected the article as a string' }),
    published,
  })
  .strict();

/** The body's bytes, or null when there are more than `max` (reading stops there). */
async function readAtMost(request: Request, max: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function issueMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}; expected "text" and optionally "published"`;
  const field = issue.path.join('.');
  if (!field) return 'expected a JSON object {"text": "…", "published": "YYYY-MM-DD"}';
  return `"${field}": ${issue.message}`;
}

function publishedParam(url: URL): { ok: true; value: string | null } | { ok: false; error: string } {
  const values = url.searchParams.getAll('published');
  if (values.length === 0 || (values.length === 1 && values[0] === '')) return { ok: true, value: null };
  if (values.length > 1) return { ok: false, error: `published was given ${values.length} times; give it once, as YYYY-MM-DD` };
  if (!isCalendarDate(values[0])) return { ok: false, error: `published=${JSON.stringify(values[0].slice(0, 40))} is not a date; expected YYYY-MM-DD` };
  return { ok: true, value: values[0] };
}

/** Reads and checks the request; never throws for anything a client can send. */
export async function parseExtractRequest(request: Request): Promise<ParsedExtract> {
  const type = request.headers.get('content-type') ?? '';
  const [mediaType, ...params] = type.split(';').map((s) => s.trim().toLowerCase());
  if (!(EXTRACT_CONTENT_TYPES as readonly string[]).includes(mediaType)) {
    return fail(415, `content type ${type ? JSON.stringify(type.slice(0, 80)) : '(none)'} is not accepted; send application/json {"text": "…", "published": "YYYY-MM-DD"} or the article as text/plain`);
  }
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') {
    return fail(415, `charset ${JSON.stringify(charset.slice(0, 40))} is not accepted; send UTF-8`);
  }
  const length = Number(request.headers.get('content-length'));
  if (length > MAX_EXTRACT_BYTES) return tooLarge(length);
  const bytes = await readAtMost(request, MAX_EXTRACT_BYTES);
  if (!bytes) return tooLarge(null);
  if (bytes.byteLength === 0) return fail(400, 'the body is empty; send the article text');

  try {
    if (mediaType === 'text/plain') {
      const date = publishedParam(new URL(request.url));
      if (!date.ok) return fail(400, date.error);
      return { ok: true, value: { text: decodeArticle('the body', bytes, 'text'), published: date.value }, bytes: bytes.byteLength };
    }
    let source: string;
    try {
      source = utf8.decode(bytes);
    } catch {
      return fail(400, 'the body is not valid UTF-8; send JSON in UTF-8');
    }
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch (error) {
      return fail(400, `the body is not valid JSON (${(error as Error).message.slice(0, 120)}); send {"text": "…", "published": "YYYY-MM-DD"}`);
    }
    const parsed = jsonBody.safeParse(json);
    if (!parsed.success) return fail(400, issueMessage(parsed.error));
    return { ok: true, value: { text: checkArticleText('"text"', parsed.data.text, 'text'), published: parsed.data.published ?? null }, bytes: bytes.byteLength };
  } catch (error) {
    if (error instanceof DocumentError) return fail(400, error.message);
    throw error;
  }
}
