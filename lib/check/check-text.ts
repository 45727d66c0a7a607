// Checks one text that is not in the corpus (POST /api/extract, the /check page): its claims, and
// what they alone say about each of the four oblasts, read within a time budget. Nothing is kept:
// the text is read, answered and dropped.
import { createHash } from 'node:crypto';
import type { Claim } from '@/lib/claims/types';
import { OBLASTS } from '@/lib/oblasts';
import type { StatusView } from '@/lib/presentation/region-view';
import { statusSentence } from '@/lib/presentation/sentences';
import { deriveStatus } from '@/lib/regions/status';
import { statusContext } from '@/lib/regions/summary';
import { HardStop, deadline, runWithin } from './time-budget';

export interface TextInput {
  text: string;
  /** YYYY-MM-DD, or null. */
  published: string | null;
}

/** What this text alone says about one oblast, as the map would colour it. */
export interface TextRegion {
  iso: string;
  slug: string;
  name: string;
  status: StatusView;
  claims: number;
}

export interface CheckedText {
  /** The text as a document: its id (each quote's `document`), length in UTF-16 code units, date. */
  document: { id: string; length: number; published: string | null };
  /** Claim records in text order; quote offsets are into the text. */
  claims: Claim[];
  /** The four oblasts, each with the status these claims alone give it. */
  regions: TextRegion[];
}

export type CheckResult =
  | { ok: true; body: CheckedText; ms: number }
  /** The budget ran out; `at` is how far the extractor had read (null when it was stopped mid-step). */
  | { ok: false; at: number | null; ms: number };

/** A document id from the text itself: the same text gets the same claim ids, another text others. */
export function textId(text: string): string {
  return `text-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

export function regionsOf(claims: readonly Claim[], published: string | null): TextRegion[] {
  // As the map reads its corpus, in the present: each side's newest claim stands. The text has no
  // publisher, so a claim's side is who the text credits.
  const ctx = statusContext(null, () => published, () => null);
  return OBLASTS.map((o) => {
    const own = claims.filter((c) => c.region === o.iso);
    const status = deriveStatus(own, ctx);
    return { iso: o.iso, slug: o.slug, name: o.name, status: { ...status, sentence: statusSentence(o.name, status) }, claims: own.length };
  });
}

// The extractor and its sentence model (~40 MB) load on the first check, not when the server
// starts (Next.js loads every route's modules at start-up): a server nobody posts to never pays
// for them, and one whose seeds were extracted already has them.
const loadExtractor = () => import('@/lib/claims/extract');

/**
 * Extracts the text's claims within `budgetMs` (the extractor's first load is not counted): the extractor stops itself before the next
 * sentence once the budget is spent, and is stopped outright if a step overruns it by as much
 * again (at least 250 ms more: a sentence takes a few milliseconds, a hard stop is the last resort).
 */
export async function checkText(input: TextInput, options: { budgetMs: number }): Promise<CheckResult> {
  const { ExtractionInterrupted, extractClaims } = await loadExtractor();
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const id = textId(input.text);
  const doc = { id, title: '', publisher: null, published: input.published, url: null, length: input.text.length, text: input.text };
  let claims: Claim[];
  try {
    claims = runWithin(options.budgetMs + Math.max(options.budgetMs, 250), () => extractClaims(doc, { interrupt: deadline(options.budgetMs) }));
  } catch (error) {
    if (error instanceof ExtractionInterrupted) return { ok: false, at: error.at, ms: ms() };
    if (error instanceof HardStop) return { ok: false, at: null, ms: ms() };
    throw error;
  }
  return { ok: true, body: { document: { id, length: input.text.length, published: input.published }, claims, regions: regionsOf(claims, input.published) }, ms: ms() };
}
