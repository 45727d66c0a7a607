// What the summary card says is what the page says: built from the same regions the API serves.
import { CARD_SIZE_NAMES, CARD_SIZES } from '@/lib/cards/sizes';
import { regionCardData } from '@/lib/cards/region-card-data';
import { claimCreditLine } from '@/lib/presentation/claim-credit';
import { testClaim } from '../support/claim';
import type { Snapshot } from '@/lib/server/snapshot';
import type { FeatureCollection } from 'geojson';
import { collectionOf } from '@/lib/http/bodies';
import { OBLAST_SLUGS } from '@/lib/oblasts';
import { HATCH, isHatched, PALETTE } from '@/lib/presentation/palette';
import type { RegionFeature } from '@/lib/presentation/region-view';
import { fixtureSnapshot } from '../support/snapshot';

let regions: RegionFeature[] = [];
let context: FeatureCollection;
let corpusCredits: string[] = [];
let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = await fixtureSnapshot();
  regions = collectionOf(snapshot, 'medium').features;
  context = snapshot.boundaries.context;
  corpusCredits = snapshot.corpus.credits;
});
const options = { url: 'claims.example/regions/x', generated: '2026-01-02', covers: () => true };

describe.each(OBLAST_SLUGS)('the %s card', (slug) => {
  const regionOf = () => regions.find((f) => f.properties.slug === slug)!;

  test.each(CARD_SIZE_NAMES)('(%s) carries the page status sentence, colour and legend entry', (size) => {
    const region = regionOf();
    const data = regionCardData({ slug, regions, context: context as never }, { ...options, size });
    expect(data.sentence.startsWith(region.properties.status.sentence)).toBe(true);
    expect(data.fill).toBe(PALETTE[region.properties.status.key].fill);
    expect(data.legend.map((e) => e.label)).toContain(PALETTE[region.properties.status.key].label);
    expect([data.width, data.height]).toEqual([CARD_SIZES[size].width, CARD_SIZES[size].height]);
  });

  test.each(CARD_SIZE_NAMES)('(%s) shows at most three different quotes, each a word-trimmed start of its sentence', (size) => {
    const region = regionOf();
    const data = regionCardData({ slug, regions, context: context as never }, { ...options, size });
    expect(data.quotes.length).toBeLessThanOrEqual(3);
    expect(new Set(data.quotes.map((q) => q.text)).size).toBe(data.quotes.length);
    const sentences = region.properties.keyClaims.map((c) => c.quote.text);
    for (const q of data.quotes) {
      expect(Array.from(q.text).length).toBeLessThanOrEqual(CARD_SIZES[size].quoteChars);
      const kept = q.text.endsWith('…') ? q.text.slice(0, -1) : q.text;
      expect(sentences.some((s) => s.startsWith(kept))).toBe(true);
    }
  });
});

describe('regionCardData', () => {
  const landscape = () => regionCardData({ slug: 'donetsk', regions, context: context as never, corpusCredits }, { ...options, size: 'landscape' });

  test('leads with the quote behind the status, credited as the panel credits it, and says which side’s claim it is', () => {
    const data = landscape();
    const donetsk = regions.find((f) => f.properties.slug === 'donetsk')!;
    const control = donetsk.properties.keyClaims.find((c) => c.id === donetsk.properties.status.control?.claimId);
    expect(control).toBeDefined();
    expect(control!.quote.text.startsWith(data.quotes[0].text.replace(/…$/, ''))).toBe(true);
    const who = control!.attribution.speaker ?? control!.attribution.source;
    expect(data.quotes[0].credit.startsWith(who.charAt(0).toUpperCase() + who.slice(1))).toBe(true);
    expect(data.quotes[0].role).toMatch(/newest control claim · sets the colour$/);
  });

  test('says the day it is as of, and each party once in a credit', () => {
    const data = landscape();
    expect(data.asOfLabel).toBe('As reported up to today');
    const past = regionCardData({ slug: 'donetsk', regions: collectionOf(snapshot, 'medium', '2022-03-01').features, context: context as never }, { ...options, size: 'landscape' });
    expect(past.asOfLabel).toBe('As reported up to 1 Mar 2022');
    for (const q of [...data.quotes, ...past.quotes]) {
      const [who, rest] = q.credit.split(' · ');
      expect(rest).not.toContain(who.replace(/ \(.*\)$/, ''));
    }
  });

  test('a credit names the speaker, then the outlet and publisher only when they differ, then the date', () => {
    const claim = testClaim({ attribution: { source: 'President of Ukraine (president.gov.ua)', speaker: 'Oleksandr Starukh', verb: 'reported' } });
    const doc = { id: 'doc-a', title: 't', publisher: 'President of Ukraine (president.gov.ua)', published: '2022-06-05', url: null };
    expect(claimCreditLine(claim, doc, '2022-06-05')).toBe('Oleksandr Starukh (reported) · President of Ukraine (president.gov.ua), 5 Jun 2022');
    const self = testClaim({ attribution: { source: 'Oleksandr Starukh', speaker: 'Oleksandr Starukh', verb: 'said' } });
    expect(claimCreditLine(self, { ...doc, publisher: null }, null)).toBe('Oleksandr Starukh (said) · date not given');
  });

  test('draws all four regions with the selected one last, hatched where claimed, and explains the hatch', () => {
    const data = landscape();
    expect(data.map.shapes.map((s) => s.slug).sort()).toEqual([...OBLAST_SLUGS].sort());
    expect(data.map.shapes.at(-1)).toEqual(expect.objectContaining({ slug: 'donetsk', selected: true }));
    for (const shape of data.map.shapes) {
      const claimed = isHatched(regions.find((f) => f.properties.slug === shape.slug)!.properties.status);
      expect(shape.hatch !== null).toBe(claimed);
    }
    if (data.map.shapes.some((s) => s.hatch)) expect(data.legend.map((e) => e.label)).toContain(HATCH.label);
  });

  test('credits Natural Earth, the CC BY corpus and the generation date, and links the page', () => {
    const data = landscape();
    expect(data.credits.join(' ')).toMatch(/Natural Earth/);
    expect(data.credits).toContain('Source: President of Russia (en.kremlin.ru) / President of Ukraine (president.gov.ua), CC BY 4.0');
    expect(data.generated).toBe('2026-01-02');
    expect(data.url).toBe('claims.example/regions/x');
  });

  test('refuses a slug that is not one of the regions, naming them', () => {
    expect(() => regionCardData({ slug: 'crimea', regions, context: context as never }, { ...options, size: 'square' })).toThrow('no region "crimea" among luhansk, donetsk, kherson, zaporizhzhia');
  });
});
