// The four regions as real buttons: the accessible equivalent of the map.
import type { RegionFeature } from '@/lib/presentation/region-view';
import { StatusSwatch } from './status-swatch';

export function RegionList({
  regions,
  selected,
  compact,
  onSelect,
}: {
  regions: RegionFeature[];
  selected: string | null;
  compact: boolean;
  onSelect: (slug: string) => void;
}) {
  return (
    // With a region open on a phone, the sheet's half height goes to its evidence: the other
    // regions are a tap away on the map above, and Close brings this list back.
    <nav aria-label="Regions" className={compact ? 'hidden md:block' : undefined}>
      <ul className={compact ? 'grid grid-cols-2 gap-2' : 'space-y-2'}>
        {regions.map((f) => {
          const p = f.properties;
          const isSelected = p.slug === selected;
          return (
            <li key={p.slug}>
              <a
                href={`/regions/${p.slug}`}
                data-region={p.slug}
                aria-current={isSelected ? 'page' : undefined}
                onClick={(e) => {
                  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  onSelect(p.slug);
                }}
                data-status={p.status.key}
                className={`flex min-h-11 w-full items-start gap-3 rounded-lg border px-3 py-2 text-left transition-colors hover:bg-slate-100 ${
                  isSelected ? 'border-slate-900 bg-slate-100 ring-2 ring-slate-900' : 'border-slate-300 bg-white'
                }`}
              >
                <StatusSwatch statusKey={p.status.key} className="mt-1 h-4 w-4" />
                <span className="min-w-0">
                  <span className="block font-bold">{p.name}</span>
                  {!compact && <span className="block text-sm text-slate-700">{p.status.sentence}</span>}
                  {compact && <span className="sr-only">{p.status.sentence}</span>}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
