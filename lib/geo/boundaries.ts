// Reads the committed, derived boundary files (data/boundaries/) and checks their shape at the
// edge, so the rest of the app can trust them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { z } from 'zod';
import { OBLAST_ISOS } from '@/lib/oblasts';
import { DETAIL_LEVELS, type DetailLevel } from './detail';
import type { Polygonal } from './round';

const position = z.array(z.number()).min(2);
const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position).min(4)).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position).min(4)).min(1)).min(1) }),
]);

export const RegionBoundaryProps = z.object({
  iso: z.enum(OBLAST_ISOS as [string, ...string[]]),
  slug: z.string(),
  name: z.string(),
  areaKm2: z.number().positive(),
  /** A point inside the largest part, where the name is written. */
  label: z.tuple([z.number(), z.number()]),
});
export type RegionBoundaryProps = z.infer<typeof RegionBoundaryProps>;

export const ContextProps = z.object({
  kind: z.enum(['oblast', 'country']),
  iso: z.string(),
  name: z.string(),
  label: z.tuple([z.number(), z.number()]),
});
export type ContextProps = z.infer<typeof ContextProps>;

function collectionOf<P extends z.ZodType>(props: P) {
  return z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ type: z.literal('Feature'), properties: props, geometry })),
  });
}

function readCollection<P extends z.ZodType>(file: string, props: P): FeatureCollection<Polygonal, z.infer<P>> {
  const parsed = collectionOf(props).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} is not a valid boundary file: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  }
  return parsed.data as FeatureCollection<Polygonal, z.infer<P>>;
}

export type RegionBoundary = Feature<Polygonal, RegionBoundaryProps>;

export interface Boundaries {
  regions: Record<DetailLevel, RegionBoundary[]>;
  context: FeatureCollection<Polygonal, ContextProps>;
}

export function readBoundaries(dir: string): Boundaries {
  const regions = Object.fromEntries(
    DETAIL_LEVELS.map((level) => [level, readCollection(path.join(dir, `regions-${level}.geojson`), RegionBoundaryProps).features]),
  ) as Record<DetailLevel, RegionBoundary[]>;
  for (const level of DETAIL_LEVELS) {
    if (regions[level].length !== OBLAST_ISOS.length) {
      throw new Error(`regions-${level}.geojson has ${regions[level].length} features, expected ${OBLAST_ISOS.length}`);
    }
  }
  return { regions, context: readCollection(path.join(dir, 'context.geojson'), ContextProps) };
}
