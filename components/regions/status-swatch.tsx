// A status's colour as a small swatch, with its pattern when it has one (the disputed stripes), so
// the list, the panel and the legend show what the map shows.
import { PALETTE } from '@/lib/presentation/palette';
import type { StatusKey } from '@/lib/regions/status';

export function swatchBackground(statusKey: StatusKey): string {
  const { fill, pattern } = PALETTE[statusKey];
  return pattern ? `repeating-linear-gradient(45deg, ${pattern.colour} 0 2px, transparent 2px 6px), ${fill}` : fill;
}

export function StatusSwatch({ statusKey, className = 'h-4 w-4' }: { statusKey: StatusKey; className?: string }) {
  return <span aria-hidden className={`inline-block shrink-0 rounded-sm border border-slate-600 ${className}`} style={{ background: swatchBackground(statusKey) }} />;
}
