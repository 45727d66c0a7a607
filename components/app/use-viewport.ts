'use client';
// Whether the desktop layout applies (md and up, where the panel is a sidebar rather than a
// bottom sheet), and the viewport height, kept current.
import { useEffect, useState } from 'react';

export const DESKTOP_QUERY = '(min-width: 768px)';

export function useViewport(): { desktop: boolean; height: number } {
  const [viewport, setViewport] = useState({ desktop: false, height: 800 });
  useEffect(() => {
    const mq = window.matchMedia(DESKTOP_QUERY);
    const update = () => setViewport({ desktop: mq.matches, height: window.innerHeight });
    update();
    mq.addEventListener('change', update);
    window.addEventListener('resize', update);
    return () => {
      mq.removeEventListener('change', update);
      window.removeEventListener('resize', update);
    };
  }, []);
  return viewport;
}
