// The API's self-description, served at GET /api and mirrored in the README.
import { CARD_SIZE_NAMES, DEFAULT_CARD_SIZE } from '@/lib/cards/sizes';
import { CLAIM_KINDS } from '@/lib/claims/types';
import { DETAIL_LEVELS } from '@/lib/geo/detail';
import { SIDES } from '@/lib/listing/sides';
import { OBLAST_SLUGS } from '@/lib/oblasts';
import { MAX_TEXT_BYTES } from '@/lib/check/text-limit';
import { DEFAULT_LIMIT, MAX_LIMIT } from './listing-params';

const paging = { limit: `1–${MAX_LIMIT} (default ${DEFAULT_LIMIT})`, cursor: 'the nextCursor of the previous page' };

export const API_INDEX = {
  name: 'Territorial-control claims map API',
  note: 'Claims made in news text, each linked to its quote; not ground truth.',
  routes: [
    {
      path: '/api/regions',
      returns:
        'GeoJSON FeatureCollection of the four oblasts with iso, slug, name, areaKm2, status (with its sentence), counts, keyClaims (the claims the status rests on), places, documents; foreign members nationwide and corpus (data version, counts, credits)',
      params: { detail: `${DETAIL_LEVELS.join('|')} (default medium)`, asOf: 'YYYY-MM-DD: the status as of that day (each side’s newest dated control claim up to it stands; disputed when the sides disagree); default: the present' },
      example: '/api/regions?detail=low&asOf=2022-05-01',
    },
    {
      path: '/api/regions/{slug}',
      returns: 'one oblast as a GeoJSON Feature; {slug} is a slug or an ISO 3166-2 code, any case',
      params: { detail: `${DETAIL_LEVELS.join('|')} (default medium)`, asOf: 'YYYY-MM-DD: the status as of that day (each side’s newest dated control claim up to it stands; disputed when the sides disagree); default: the present' },
      known: OBLAST_SLUGS,
      example: '/api/regions/UA-14',
    },
    {
      path: '/api/regions/{slug}/claims',
      returns: 'a page of the region’s claims, newest first, with the documents they quote and the next cursor; {slug} may also be `ukraine` for claims about Ukraine as a whole',
      params: {
        ...paging,
        asOf: 'YYYY-MM-DD: claims dated up to that day (undated ones listed last)',
        side: `${SIDES.join('|')}: who the claim is about (its actor)`,
        by: `${SIDES.join('|')}: the side that says so (the credited speaker or source, else the publisher)`,
        kind: CLAIM_KINDS.join('|'),
        source: 'who the text credits (attribution source or speaker), any case',
      },
      known: [...OBLAST_SLUGS, 'ukraine'],
      example: '/api/regions/donetsk/claims?kind=control&limit=10',
    },
    {
      path: '/api/regions/{slug}/summary.png',
      returns: 'the region’s summary card as a PNG: status in its map colour, key quotes with their sources, legend, credits, date and page URL',
      params: { size: `${CARD_SIZE_NAMES.join('|')} (default ${DEFAULT_CARD_SIZE}; 1200×630, 1080×1080, 1080×1920)`, asOf: 'YYYY-MM-DD: the card as of that day' },
      known: OBLAST_SLUGS,
      example: '/api/regions/donetsk/summary.png?size=square',
    },
    { path: '/api/timeline', returns: 'the days articles were published and claims made (date, documents, claims), oldest first, with the first and last day', example: '/api/timeline' },
    { path: '/api/context', returns: 'GeoJSON basemap: the other Ukrainian oblasts and neighbouring countries', example: '/api/context' },
    {
      path: '/api/documents',
      returns: 'a page of the source documents, newest first: id, title, publisher, published, url and how many claims each has',
      params: paging,
      example: '/api/documents?limit=50',
    },
    { path: '/api/documents/{id}', returns: 'a source document’s text and metadata', example: '/api/documents/000_dcd564552b84d477' },
    { path: '/api/claims/{id}', returns: 'one claim, its region’s slug and its document', example: '/api/claims/c-0123456789abcdef' },
    {
      path: '/api/extract',
      method: 'POST',
      returns:
        'the claims in a posted text ({claims, document, regions}): claim records as above, quote offsets into the posted text (after a leading byte-order mark, if any); regions: what these claims alone say about each oblast. Nothing posted is kept',
      body: 'application/json {"text": "…", "published": "YYYY-MM-DD" (optional)}, or the article as text/plain with ?published=YYYY-MM-DD',
      limits: `at most ${MAX_TEXT_BYTES / 1024} KB (413), UTF-8 article text, not binary, empty or an HTML page (400), JSON or text/plain only (415), by default 30 requests a minute per client address (429 with Retry-After), about a second of reading per text (422)`,
      example: '/api/extract?published=2022-07-03',
      curl: "curl -X POST --data-binary @article.txt -H 'content-type: text/plain' 'localhost:3000/api/extract?published=2022-07-03'",
    },
    {
      path: '/api/updates',
      returns: 'server-sent events: a `version` event with the data version now and each time the articles change',
      example: '/api/updates',
    },
  ],
} as const;
