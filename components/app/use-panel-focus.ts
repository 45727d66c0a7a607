'use client';
// Keyboard and screen-reader care for the panel: opening a region moves focus to its heading (a
// page that opens on a region, from a link, leaves focus where the browser put it), and Escape
// closes it, returning focus to the region's entry in the list.
import { useCallback, useEffect, useRef } from 'react';

export function usePanelFocus(selected: string | null, select: (slug: string | null) => void) {
  const heading = useRef<HTMLHeadingElement>(null);
  const firstSelection = useRef(true);
  useEffect(() => {
    if (firstSelection.current) {
      firstSelection.current = false;
      return;
    }
    if (selected) heading.current?.focus({ preventScroll: true });
  }, [selected]);

  const close = useCallback(() => {
    const was = selected;
    select(null);
    if (was) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-region="${was}"]`)?.focus());
  }, [select, selected]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && selected) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close, selected]);

  return { heading, close };
}
