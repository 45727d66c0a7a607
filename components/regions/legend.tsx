// The legend: every colour, the disputed stripes, the hatch and the locality dots explained in
// words, from the same entries as the map export and the cards. A server component: it holds no
// state. Which statuses and locality states the map shows right now is the client's to know; it
// says so on a wrapper (<LegendPresence>), and the rules below dim the entries the map does not
// show, so nothing here re-renders when the data or the date changes.
import { legendEntries, type LegendEntry } from '@/lib/presentation/legend';
import { LEGEND_ORDER, PLACE_STATES } from '@/lib/presentation/palette';
import { Section } from '@/components/ui/section';
import { placeToken, PRESENT_ATTRIBUTE } from './legend-presence';
import { swatchBackground } from './status-swatch';

const TOKENS = [...LEGEND_ORDER, ...PLACE_STATES.map(placeToken)];
const dimAbsent = `${TOKENS.map((t) => `[${PRESENT_ATTRIBUTE}]:not([${PRESENT_ATTRIBUTE}~="${t}"]) [data-legend-key="${t}"]`).join(',')}{color:#64748b}`;

function Swatch({ entry }: { entry: LegendEntry }) {
  if (entry.kind === 'place') {
    return (
      <span
        aria-hidden
        className="ml-1.5 mr-1.5 inline-block h-3.5 w-3.5 shrink-0 rounded-full border-2"
        style={{ background: entry.fill, borderColor: entry.stroke ?? '#ffffff', boxShadow: '0 0 0 1px #94a3b8' }}
      />
    );
  }
  const background =
    entry.kind === 'hatch' ? `repeating-linear-gradient(135deg, ${entry.fill} 0 2px, transparent 2px 6px), #ffffff` : entry.key ? swatchBackground(entry.key) : entry.fill;
  return <span aria-hidden className="inline-block h-4 w-6 shrink-0 rounded-sm border border-slate-500" style={{ background }} />;
}

export function Legend() {
  const entries = legendEntries({ hatch: true, placeStates: new Set(PLACE_STATES) });
  return (
    <Section id="legend-heading" title="Legend" className="text-sm">
      <style>{dimAbsent}</style>
      <ul className="space-y-1.5" data-testid="legend">
        {entries.map((e) => (
          <li key={e.label} data-legend-key={e.key ?? (e.place ? placeToken(e.place) : undefined)} className="flex items-center gap-2">
            <Swatch entry={e} />
            {e.label}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-600">
        Colours show what the sources say, not verified ground truth: each side’s newest claim up to the chosen date stands. Select a locality to open its claim.
      </p>
    </Section>
  );
}
