// The legend: every colour and the hatch, explained in words, from the same entries as the map
// export and the cards. A server component: it holds no state. Which statuses the map shows right
// now is the client's to know; it says so on a wrapper (<LegendPresence>), and the rules below dim
// the entries the map does not show, so nothing here re-renders when the data or the date changes.
import { legendEntries } from '@/lib/presentation/legend';
import { LEGEND_ORDER } from '@/lib/presentation/palette';
import { Section } from '@/components/ui/section';
import { PRESENT_ATTRIBUTE } from './legend-presence';

const dimAbsent = `${LEGEND_ORDER.map((k) => `[${PRESENT_ATTRIBUTE}]:not([${PRESENT_ATTRIBUTE}~="${k}"]) [data-legend-key="${k}"]`).join(',')}{color:#64748b}`;

export function Legend() {
  return (
    <Section id="legend-heading" title="Legend" className="text-sm">
      <style>{dimAbsent}</style>
      <ul className="space-y-1.5">
        {legendEntries({ hatch: true, places: true }).map((e) => (
          <li key={e.label} data-legend-key={e.key} className="flex items-center gap-2">
            {e.kind === 'place' ? (
              <span aria-hidden className="ml-1.5 mr-1.5 inline-block h-3 w-3 shrink-0 rounded-full border-2 border-white bg-slate-900 ring-1 ring-slate-400" />
            ) : (
              <span
                aria-hidden
                className="inline-block h-4 w-6 shrink-0 rounded-sm border border-slate-500"
                style={{ background: e.kind === 'hatch' ? `repeating-linear-gradient(135deg, ${e.fill} 0 2px, transparent 2px 6px), #ffffff` : e.fill }}
              />
            )}
            {e.label}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-600">Colours show what the sources say, not verified ground truth.</p>
    </Section>
  );
}
