// The API's self-description, served at GET /api and mirrored in the README.
import { CARD_SIZE_NAMES, DEFAULT_CARD_SIZE } from '@/lib/cards/sizes';
import { DETAIL_LEVELS } from '@/lib/geo/detail';
import { OBLAST_SLUGS } from '@/lib/oblasts';

export const API_INDEX = {
  name: 'Territorial-control claims map API',
  note: 'Claims made in news text, each linked to its quote; not ground truth.',
  routes: [
    {
      path: '/api/regions',
      returns: 'GeoJSON FeatureCollection of the four oblasts with iso, slug, name, areaKm2, status, claims, documents',
      params: { detail: `${DETAIL_LEVELS.join('|')} (default medium)` },
      example: '/api/regions?detail=low',
    },
    {
      path: '/api/regions/{slug}',
      returns: 'one oblast as a GeoJSON Feature; {slug} is a slug or an ISO 3166-2 code, any case',
      params: { detail: `${DETAIL_LEVELS.join('|')} (default medium)` },
      known: OBLAST_SLUGS,
      example: '/api/regions/UA-14',
    },
    {
      path: '/api/regions/{slug}/summary.png',
      returns: 'the region’s summary card as a PNG: status in its map colour, key quotes with their sources, legend, credits, date and page URL',
      params: { size: `${CARD_SIZE_NAMES.join('|')} (default ${DEFAULT_CARD_SIZE}; 1200×630, 1080×1080, 1080×1920)` },
      known: OBLAST_SLUGS,
      example: '/api/regions/donetsk/summary.png?size=square',
    },
    { path: '/api/context', returns: 'GeoJSON basemap: the other Ukrainian oblasts and neighbouring countries', example: '/api/context' },
    { path: '/api/documents/{id}', returns: 'a source document’s text and metadata', example: '/api/documents/000_dcd564552b84d477' },
  ],
} as const;
