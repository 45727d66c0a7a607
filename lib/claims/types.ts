// The claim record (the contract between extractor, API, UI and tests; see shared DESIGN.md)
// and the source document the extractor reads. Types and their zod schemas live together.
import { z } from 'zod';
import { OBLAST_ISOS, type OblastIso } from '@/lib/oblasts';

export const CLAIM_KINDS = ['control', 'advance', 'sovereignty-claim', 'demand', 'legal-status', 'threat'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const EXTENTS = ['all', 'most', 'part', 'none'] as const;
export type Extent = (typeof EXTENTS)[number];

export interface Place {
  name: string;
  lon: number;
  lat: number;
}

export interface Attribution {
  /** The outlet, body or person the text credits; the publisher (or "the article") when uncredited. */
  source: string;
  /** A person quoted, resolved to the fullest name the document gives. */
  speaker: string | null;
  /** The text's own reporting verb ("reported", "said", "according to"); null when uncredited. */
  verb: string | null;
}

export interface Quote {
  document: string;
  /** UTF-16 code unit offsets into the document text. */
  start: number;
  end: number;
  text: string;
}

export interface Claim {
  id: string;
  /** ISO 3166-2 of the oblast; null for Ukraine as a whole. */
  region: OblastIso | null;
  kind: ClaimKind;
  actor: string;
  /** Control claims only. */
  extent: Extent | null;
  percent: number | null;
  place: Place | null;
  attribution: Attribution;
  /** When the claim was made: the day its sentence gives, else the document's published date (YYYY-MM-DD); null when neither is known. */
  date: string | null;
  /** The extractor rule that read it (lib/claims/rules), so an error can be traced. */
  rule: string;
  /** That rule's measured precision on labelled real text (lib/claims/confidence.json). */
  confidence: number;
  quote: Quote;
}

export type { SourceDocument } from '@/lib/documents/types';

export const claimSchema = z.object({
  id: z.string().regex(/^c-[0-9a-f]{16}$/),
  region: z.enum(OBLAST_ISOS as [OblastIso, ...OblastIso[]]).nullable(),
  kind: z.enum(CLAIM_KINDS),
  actor: z.string().min(1),
  extent: z.enum(EXTENTS).nullable(),
  percent: z.number().min(0).max(100).nullable(),
  place: z.object({ name: z.string(), lon: z.number(), lat: z.number() }).nullable(),
  attribution: z.object({ source: z.string().min(1), speaker: z.string().nullable(), verb: z.string().nullable() }),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  rule: z.string().regex(/^[a-z-]+\.[a-z-]+$/),
  confidence: z.number().min(0).max(1),
  quote: z.object({
    document: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().min(1),
  }),
});
