// What the rules read: a sentence with its region references, parties and credit, and the
// discourse state carried from sentence to sentence. Shared by the engine, discourse and rules.
import type { ActorMention, Side } from './actors';
import type { Credit, PeopleIndex } from './attribution';
import type { Mention, PlaceEntry } from './gazetteer';
import type { ClaimKind, Extent } from './types';
import type { OblastIso } from '@/lib/oblasts';

/** A region reference with its anaphor or ambiguity resolved; region null is Ukraine as a whole. */
export interface Ref {
  start: number;
  end: number;
  regions: (OblastIso | null)[];
  place: PlaceEntry | null;
  form: Mention['form'] | 'country';
  /** A name, not a pronoun or "the region": anaphors must sit right next to their verb. */
  named: boolean;
}

/** One claim as a rule reads it, before attribution and ids; its kind is the rule's. */
export interface Draft {
  region: OblastIso | null;
  actor: Side;
  extent: Extent | null;
  percent: number | null;
  place: PlaceEntry | null;
  /** Read from "not fully" said of several regions at once: true of the group, not of each. */
  collective?: boolean;
}

export interface KindedDraft extends Draft {
  kind: ClaimKind;
  rule: string;
}

export interface Context {
  sentence: number;
  lastRegion: {
    region: OblastIso;
    place: PlaceEntry | null;
    site: boolean;
    sentence: number;
    order: number;
    /** Named without "region"/"oblast" ("Kherson"): may be the city that shares the oblast's name. */
    bare?: boolean;
  } | null;
  lastLocality: { place: PlaceEntry; sentence: number; order: number } | null;
  /** `group`: named as one region ("the Donbas"), so "the region" may point back at it. */
  lastSet: { regions: OblastIso[]; sentence: number; order: number; group?: boolean } | null;
  order: number;
  lastActor: Side | null;
  demandActor: Side | null;
  people: PeopleIndex;
  publisherSide: Side | null;
}


export interface Sentence {
  text: string;
  refs: Ref[];
  actors: ActorMention[];
  credit: Credit | null;
  speakerSide: Side | null;
  ctx: Context;
}
