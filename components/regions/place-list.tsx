// The localities a region's claims name, as of the chosen day: each drawn as on the map (captured,
// held or contested by its newest claims) with who and when, and a button that opens its newest
// claim — the keyboard's way to the points on the map.
import type { RegionFeature } from '@/lib/presentation/region-view';
import { formatDay } from '@/lib/presentation/day';
import { PLACE_STYLE } from '@/lib/presentation/palette';
import type { PlaceSummary } from '@/lib/regions/summary';
import { Section } from '@/components/ui/section';

const STATE_WORDS: Record<PlaceSummary['state'], (actor: string) => string> = {
  captured: (actor) => `reported captured by ${actor}`,
  held: (actor) => `reported held by ${actor}`,
  contested: () => 'contested',
};

export function PlaceDot({ state }: { state: PlaceSummary['state'] }) {
  const style = PLACE_STYLE[state];
  return <span aria-hidden className="inline-block h-3.5 w-3.5 shrink-0 rounded-full border-2" style={{ background: style.fill, borderColor: style.stroke, boxShadow: '0 0 0 1px #94a3b8' }} />;
}

export function PlaceList({ region, onOpen }: { region: RegionFeature; onOpen: (claim: string) => void }) {
  const places = region.properties.places;
  if (places.length === 0) return null;
  return (
    <Section id="places-heading" level={3} title={`Localities named (${places.length})`}>
      <ul className="grid gap-1 sm:grid-cols-2" data-testid="place-list">
        {places.map((pl) => (
          <li key={pl.name}>
            <button
              type="button"
              onClick={() => onOpen(pl.claim)}
              data-place={pl.name}
              className="flex min-h-11 w-full items-center gap-2 rounded-md border border-slate-200 bg-white px-2 py-1 text-left text-sm hover:bg-slate-100"
            >
              <PlaceDot state={pl.state} />
              <span className="min-w-0">
                <span className="font-semibold">{pl.name}</span>
                <span className="block text-xs text-slate-600">
                  {STATE_WORDS[pl.state](pl.actor)}
                  {pl.date ? `, ${formatDay(pl.date)}` : ''} · {pl.claims} {pl.claims === 1 ? 'claim' : 'claims'}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}
