// Who made the data on screen, said the same way everywhere it is said: the sidebar, the map's
// attribution control, the exported map view, the PNG cards (and the README). The article corpus
// is CC BY 4.0, so its line travels with every view that shows its claims.

const BOUNDARIES = { name: 'Boundaries: Natural Earth', licence: 'public domain' };
const LOCALITIES = { name: 'Localities: GeoNames', licence: 'CC BY 4.0' };
const BORDERS_NOTE = 'internationally recognised borders';

/** Licensed article collections, known by the publishers their sidecars name. */
const CORPORA = [
  {
    publishers: ['President of Russia (en.kremlin.ru)', 'President of Ukraine (president.gov.ua)'],
    credit: 'Source: President of Russia (en.kremlin.ru) / President of Ukraine (president.gov.ua), CC BY 4.0',
  },
] as const;

/** The attribution lines the loaded articles need, from the publishers they name. */
export function corpusCredits(publishers: Iterable<string | null>): string[] {
  const present = new Set(publishers);
  return CORPORA.filter((c) => c.publishers.some((p) => present.has(p))).map((c) => c.credit);
}

/**
 * The map data's credit: "Boundaries: Natural Earth (public domain) · Localities: GeoNames (CC BY
 * 4.0)"; on a card, where space is short, the borders note instead of the licences.
 */
export function mapDataCredit(options: { places?: boolean; compact?: boolean } = {}): string {
  const boundaries = `${BOUNDARIES.name} (${options.compact ? BORDERS_NOTE : BOUNDARIES.licence})`;
  if (options.places === false) return boundaries;
  return `${boundaries} · ${options.compact ? LOCALITIES.name : `${LOCALITIES.name} (${LOCALITIES.licence})`}`;
}

/** Every credit as one line: the map data, then the article corpus. */
export function attributionLine(corpus: readonly string[], options: { places?: boolean } = {}): string {
  return [mapDataCredit(options), ...corpus].join(' · ');
}
