// The legend: every colour and the hatch, explained in words, from the same palette as the map.
import { HATCH, LEGEND_ORDER, PALETTE } from '@/lib/regions/palette';
import type { StatusKey } from '@/lib/regions/status';
import { Section } from '@/components/ui/section';

export function Legend({ present }: { present?: ReadonlySet<StatusKey> }) {
  return (
    <Section id="legend-heading" title="Legend" className="text-sm">
      <ul className="space-y-1.5">
        {LEGEND_ORDER.map((key) => (
          <li key={key} className={`flex items-center gap-2 ${present && !present.has(key) ? 'text-slate-500' : ''}`}>
            <span aria-hidden className="inline-block h-4 w-6 shrink-0 rounded-sm border border-slate-500" style={{ background: PALETTE[key].fill }} />
            {PALETTE[key].label}
          </li>
        ))}
        <li className="flex items-center gap-2">
          <span
            aria-hidden
            className="inline-block h-4 w-6 shrink-0 rounded-sm border border-slate-500"
            style={{ background: `repeating-linear-gradient(135deg, ${HATCH.colour} 0 2px, transparent 2px 6px), #ffffff` }}
          />
          {HATCH.label}
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden className="ml-1.5 mr-1.5 inline-block h-3 w-3 shrink-0 rounded-full border-2 border-white bg-slate-900 ring-1 ring-slate-400" />
          A locality a claim names (select it to open the claim)
        </li>
      </ul>
      <p className="mt-2 text-xs text-slate-600">Colours show what the sources say, not verified ground truth.</p>
    </Section>
  );
}
