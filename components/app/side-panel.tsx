'use client';
// The panel: a sidebar on desktop and, below the md breakpoint, a bottom sheet with three heights
// (peek, half, full) changed by its handle button (tap or keyboard), so it never has to hide the
// selected region. One element for both layouts, switched by CSS alone.
export type SheetState = 'peek' | 'half' | 'full';

const HEIGHTS: Record<SheetState, string> = { peek: 'h-[34dvh]', half: 'h-[52dvh]', full: 'h-[88dvh]' };
/** The share of the viewport each state covers (the classes above), for padding the map's fit. */
export const SHEET_FRACTION: Record<SheetState, number> = { peek: 0.34, half: 0.52, full: 0.88 };
const NEXT: Record<SheetState, SheetState> = { peek: 'half', half: 'full', full: 'peek' };
const LABEL: Record<SheetState, string> = { peek: 'Expand', half: 'Expand fully', full: 'Collapse' };

export function SidePanel({
  state,
  onStateChange,
  label,
  children,
}: {
  state: SheetState;
  onStateChange: (s: SheetState) => void;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <aside
      aria-label={label}
      data-sheet={state}
      className={`absolute inset-x-0 bottom-0 z-20 flex flex-col rounded-t-2xl border-t border-slate-300 bg-slate-50 shadow-[0_-4px_16px_rgba(0,0,0,0.15)] transition-[height] duration-200 ${HEIGHTS[state]} md:static md:h-auto md:w-[420px] md:shrink-0 md:rounded-none md:border-r md:border-t-0 md:shadow-none xl:w-[520px]`}
    >
      <button
        type="button"
        onClick={() => onStateChange(NEXT[state])}
        aria-label={`${LABEL[state]} the panel`}
        className="flex min-h-11 w-full shrink-0 items-center justify-center md:hidden"
      >
        <span aria-hidden className="h-1.5 w-12 rounded-full bg-slate-400" />
      </button>
      {/* relative: the sr-only texts (position: absolute) inside the cards must overflow this scroller,
          not the page shell, or scrolling a claim into view shifts the whole page up. */}
      <div className="relative min-h-0 flex-1 overflow-y-auto overscroll-contain">{children}</div>
    </aside>
  );
}
