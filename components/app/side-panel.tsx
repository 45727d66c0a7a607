'use client';
// The panel: a sidebar on desktop and, below the md breakpoint, a bottom sheet with three heights
// (peek, half, full), so it never has to hide the selected region. Its handle is a button: a tap
// (or Enter, Space) steps to the next height, the arrow keys raise and lower it, and dragging it
// follows the finger and settles on the nearest height (a flick goes one step further). One
// element for both layouts, switched by CSS alone.
import { useLayoutEffect, useRef, useState } from 'react';
import { SHEET_FRACTION, snapSheet, stepSheet, type SheetState } from './sheet-snap';

export { SHEET_FRACTION, type SheetState } from './sheet-snap';

// Full stops at the top of the map, under the time control, which stays usable while reading.
const HEIGHTS: Record<SheetState, string> = { peek: 'h-[34dvh]', half: 'h-[52dvh]', full: 'h-[min(88dvh,100%)]' };
const NEXT: Record<SheetState, SheetState> = { peek: 'half', half: 'full', full: 'peek' };
const LABEL: Record<SheetState, string> = { peek: 'Expand', half: 'Expand fully', full: 'Collapse' };
/** A press that moves less than this (CSS px) is a tap, not a drag. */
const DRAG_SLOP = 6;
/** The release speed is measured over the drag's last this many ms. */
const VELOCITY_WINDOW_MS = 100;

/** The sheet's full height in CSS px: its share of the screen, or the map's height if less. */
function fullHeight(sheet: HTMLElement): number {
  return Math.min(window.innerHeight * SHEET_FRACTION.full, sheet.parentElement?.clientHeight ?? Infinity);
}

interface Drag {
  pointer: number;
  startY: number;
  startHeight: number;
  moved: boolean;
  samples: { t: number; y: number }[];
}

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
  const sheet = useRef<HTMLElement>(null);
  const drag = useRef<Drag | null>(null);
  // A drag ends with a click on the handle: that click must not also step the sheet.
  const swallowClick = useRef(false);
  // Bumped at each release, so the drag's inline height is dropped even when the sheet settles
  // back on the state it started in (no state change, no re-render otherwise).
  const [released, setReleased] = useState(0);

  // The drag's inline height goes in the same frame as the new state's class, so the transition
  // runs from where the finger let go to the snap point.
  useLayoutEffect(() => {
    const el = sheet.current;
    if (!el || drag.current) return;
    el.style.removeProperty('height');
    el.style.removeProperty('transition');
  }, [state, released]);

  const onPointerDown = (e: React.PointerEvent<HTMLButtonElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    swallowClick.current = false;
    const el = sheet.current;
    if (!el) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { pointer: e.pointerId, startY: e.clientY, startHeight: el.getBoundingClientRect().height, moved: false, samples: [{ t: e.timeStamp, y: e.clientY }] };
  };

  const onPointerMove = (e: React.PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const el = sheet.current;
    if (!d || !el || e.pointerId !== d.pointer) return;
    const dy = e.clientY - d.startY;
    if (!d.moved && Math.abs(dy) < DRAG_SLOP) return;
    d.moved = true;
    d.samples.push({ t: e.timeStamp, y: e.clientY });
    while (d.samples.length > 2 && e.timeStamp - d.samples[0].t > VELOCITY_WINDOW_MS) d.samples.shift();
    const max = fullHeight(el);
    const min = e.currentTarget.offsetHeight;
    el.style.transition = 'none';
    el.style.height = `${Math.round(Math.min(max, Math.max(min, d.startHeight - dy)))}px`;
  };

  const release = (e: React.PointerEvent<HTMLButtonElement>, cancelled: boolean) => {
    const d = drag.current;
    const el = sheet.current;
    if (!d || e.pointerId !== d.pointer) return;
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    if (!d.moved || !el) return;
    swallowClick.current = !cancelled;
    // The release itself is a sample: a finger that stopped before lifting has no speed left.
    d.samples.push({ t: e.timeStamp, y: e.clientY });
    while (d.samples.length > 2 && e.timeStamp - d.samples[0].t > VELOCITY_WINDOW_MS) d.samples.shift();
    const first = d.samples[0];
    const last = d.samples[d.samples.length - 1];
    const dt = Math.max(1, last.t - first.t);
    // Up the screen is the sheet growing; in viewport heights per second.
    const velocity = cancelled ? 0 : ((first.y - last.y) / window.innerHeight) * (1000 / dt);
    const fraction = el.getBoundingClientRect().height / window.innerHeight;
    onStateChange(snapSheet(fraction, velocity, fullHeight(el) / window.innerHeight));
    setReleased((n) => n + 1);
  };

  return (
    <aside
      ref={sheet}
      aria-label={label}
      data-sheet={state}
      className={`absolute inset-x-0 bottom-0 z-20 flex flex-col rounded-t-2xl border-t border-slate-300 bg-slate-50 shadow-[0_-4px_16px_rgba(0,0,0,0.15)] transition-[height] duration-200 motion-reduce:transition-none ${HEIGHTS[state]} md:static md:h-auto md:w-[420px] md:shrink-0 md:rounded-none md:border-r md:border-t-0 md:shadow-none xl:w-[520px]`}
    >
      <button
        type="button"
        onClick={() => {
          if (swallowClick.current) {
            swallowClick.current = false;
            return;
          }
          onStateChange(NEXT[state]);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
          e.preventDefault();
          onStateChange(stepSheet(state, e.key === 'ArrowUp' ? 1 : -1));
        }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={(e) => release(e, false)}
        onPointerCancel={(e) => release(e, true)}
        aria-label={`${LABEL[state]} the panel`}
        aria-keyshortcuts="ArrowUp ArrowDown"
        title="Drag, tap or use the arrow keys to resize"
        className="flex min-h-11 w-full shrink-0 cursor-grab touch-none items-center justify-center active:cursor-grabbing md:hidden"
      >
        <span aria-hidden className="h-1.5 w-12 rounded-full bg-slate-400" />
      </button>
      {/* relative: the sr-only texts (position: absolute) inside the cards must overflow this scroller,
          not the page shell, or scrolling a claim into view shifts the whole page up. scroll-padding:
          Tab scrolls a link just into view, flush with the edge, which clipped its focus ring (3 px
          outline, 2 px offset); 12 px keeps the ring, and a little of what follows, in view. */}
      <div className="relative min-h-0 flex-1 scroll-py-3 overflow-y-auto overscroll-contain">{children}</div>
    </aside>
  );
}
