// The home page's preview card: all four regions on the map, each with its status sentence. The
// map and words come from the same store and card data as the region cards.
import type { FeatureCollection } from 'geojson';
import type { ContextProps } from '@/lib/geo/boundaries';
import type { Polygonal } from '@/lib/geo/round';
import { mapDataCredit } from '@/lib/presentation/credits';
import { PALETTE } from '@/lib/presentation/palette';
import type { RegionFeature } from '@/lib/presentation/region-view';
import type { StatusKey } from '@/lib/regions/status';
import { fontSafeText, type Covers } from '@/lib/text/font-safe';
import { trimAtWord } from '@/lib/text/trim-words';
import { regionCardData, type CardLegendEntry, type CardMap } from './region-card-data';

export interface OverviewRow {
  name: string;
  fill: string;
  statusKey: StatusKey;
  sentence: string;
}

export interface OverviewCardData {
  width: number;
  height: number;
  map: CardMap;
  legend: CardLegendEntry[];
  rows: OverviewRow[];
  /** The map data's credit and the corpus licence, one a line. */
  credits: string[];
  url: string;
}

export function overviewCardData(
  input: { regions: readonly RegionFeature[]; context: FeatureCollection<Polygonal, ContextProps>; corpusCredits?: readonly string[] },
  options: { url: string; generated: string; covers: Covers },
): OverviewCardData {
  const first = input.regions[0].properties.slug;
  const base = regionCardData({ slug: first, regions: input.regions, context: input.context }, { size: 'landscape', ...options });
  return {
    width: base.width,
    height: base.height,
    // No region is singled out, and the localities belong to region cards.
    map: { ...base.map, shapes: base.map.shapes.map((s) => ({ ...s, selected: false })), places: [] },
    legend: base.legend.filter((e) => e.kind !== 'place'),
    rows: input.regions.map((f) => ({
      name: f.properties.name,
      statusKey: f.properties.status.key,
      fill: PALETTE[f.properties.status.key].fill,
      sentence: fontSafeText(trimAtWord(f.properties.status.sentence, 170), options.covers),
    })),
    credits: [mapDataCredit({ places: false, compact: true }), ...(input.corpusCredits ?? [])].map((c) => fontSafeText(c, options.covers)),
    url: options.url,
  };
}
