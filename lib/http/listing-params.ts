// Validates the paging and filter parameters of the list routes (a region's claims, the
// documents): each at most once, limit 1–100, a cursor this API made, a known side and kind.
// Errors name the bad value and what is allowed.
import { z } from 'zod';
import { CLAIM_KINDS, type ClaimKind } from '@/lib/claims/types';
import { decodeCursor, type SortKey } from '@/lib/listing/cursor';
import { SIDES, type Side } from '@/lib/listing/sides';
import { parseAsOf } from './params';

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;

export type ParsedQuery<T> = { ok: true; value: T } | { ok: false; error: string; allowed?: readonly string[] };

export interface PageQuery {
  limit: number;
  after: SortKey | null;
}

export interface ClaimsQuery extends PageQuery {
  side?: Side;
  /** The side that says so (lib/listing/sides.ts speakerSide). */
  by?: Side;
  kind?: ClaimKind;
  source?: string;
  /** Claims known by this day (dated on or before it; undated ones are kept, listed last); null: all. */
  asOf?: string | null;
}

const show = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

const fields = {
  limit: z
    .string()
    .regex(/^\d{1,3}$/, `expected a whole number from 1 to ${MAX_LIMIT}`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_LIMIT, `expected a whole number from 1 to ${MAX_LIMIT}`),
  cursor: z.string().transform((c, ctx) => {
    const key = decodeCursor(c);
    if (!key) ctx.addIssue({ code: 'custom', message: 'expected the nextCursor of a previous page' });
    return key as SortKey;
  }),
  side: z.enum(SIDES, { error: `expected one of ${SIDES.join(', ')}` }),
  by: z.enum(SIDES, { error: `expected one of ${SIDES.join(', ')}` }),
  kind: z.enum(CLAIM_KINDS, { error: `expected one of ${CLAIM_KINDS.join(', ')}` }),
  source: z.string().trim().min(1, 'expected a source name').max(200, 'expected at most 200 characters'),
};

type Field = keyof typeof fields;
const ALLOWED: Partial<Record<Field, readonly string[]>> = { side: SIDES, by: SIDES, kind: CLAIM_KINDS };

function parse<F extends Field>(params: URLSearchParams, names: readonly F[]): ParsedQuery<{ [K in F]?: z.output<(typeof fields)[K]> }> {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const values = params.getAll(name);
    if (values.length === 0) continue;
    if (values.length > 1) return { ok: false, error: `${name} was given ${values.length} times; give it once` };
    const parsed = fields[name].safeParse(values[0]);
    if (!parsed.success) return { ok: false, error: `${name}=${show(values[0])}: ${parsed.error.issues[0].message}`, ...(ALLOWED[name] ? { allowed: ALLOWED[name] } : {}) };
    out[name] = parsed.data;
  }
  return { ok: true, value: out as { [K in F]?: z.output<(typeof fields)[K]> } };
}

export function parseClaimsQuery(params: URLSearchParams, today?: string): ParsedQuery<ClaimsQuery> {
  const asOf = parseAsOf(params, today);
  if (!asOf.ok) return asOf;
  const parsed = parse(params, ['limit', 'cursor', 'side', 'by', 'kind', 'source'] as const);
  if (!parsed.ok) return parsed;
  const { limit, cursor, ...filter } = parsed.value;
  return { ok: true, value: { limit: limit ?? DEFAULT_LIMIT, after: cursor ?? null, ...filter, asOf: asOf.value } };
}

export function parseDocumentsQuery(params: URLSearchParams): ParsedQuery<PageQuery> {
  const parsed = parse(params, ['limit', 'cursor'] as const);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { limit: parsed.value.limit ?? DEFAULT_LIMIT, after: parsed.value.cursor ?? null } };
}
