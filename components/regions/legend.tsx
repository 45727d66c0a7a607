// The legend: every colour and the hatch, explained in words, from the same entries as the map
// export and the cards.
import { legendEntries } from '@/lib/presentation/legend';
import type { StatusKey } from '@/lib/regions/status';
import { Section } from '@/components/ui/section';

export function Legend({ present }: { present?: ReadonlySet<StatusKey> }) {
  return (
    <Section id="legend-heading" title="Legend" className="text-sm">
      <ul className="space-y-1.5">
        {legendEntries({ hatch: true, places: true }).map((e) => (
          <li key={e.label} className={`flex items-center gap-2 ${e.key && present && !present.has(e.key) ? 'text-slate-500' : ''}`}>
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
