'use client';
// Keyboard and screen-reader care for the panel: opening a region moves focus to its heading (a
// page that opens on a region, from a link, leaves focus where the browser put it), and Escape
// closes it, returning focus to the region's entry in the list.
import { useCallback, useEffect, useRef } from 'react';

export function usePanelFocus(selected: string | null, select: (slug: string | null) => void) {
  const heading = useRef<HTMLHeadingElement>(null);
  const firstSelection = useRef(true);
  // The region whose entry gets focus back once the panel has closed.
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    if (firstSelection.current) {
      firstSelection.current = false;
      return;
    }
    if (selected) heading.current?.focus({ preventScroll: true });
    // After the commit that closed the panel: on a phone the list is shown again only then.
    else if (returnTo.current) document.querySelector<HTMLElement>(`[data-region="${returnTo.current}"]`)?.focus();
    returnTo.current = null;
  }, [selected]);

  const close = useCallback(() => {
    returnTo.current = selected;
    select(null);
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
