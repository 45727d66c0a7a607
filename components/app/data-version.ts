'use client';
// The data version the server has now, kept current by its update events (/api/updates): when an
// article is added, changed or removed, open pages learn the new version within a moment and
// revalidate what they show.
import { useEffect, useState } from 'react';

export function useDataVersion(initial: string | undefined): string | undefined {
  const [version, setVersion] = useState(initial);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const events = new EventSource('/api/updates');
    const onVersion = (e: MessageEvent<string>) => {
      try {
        const { version: next } = JSON.parse(e.data) as { version?: unknown };
        if (typeof next === 'string') setVersion(next);
      } catch {
        // Not an event we sent.
      }
    };
    events.addEventListener('version', onVersion as EventListener);
    return () => {
      events.removeEventListener('version', onVersion as EventListener);
      events.close();
    };
  }, []);
  return version;
}

/** Calls `revalidate` whenever the version changes after the first render. */
export function useRevalidateOn(version: string | undefined, revalidate: () => unknown): void {
  const [seen, setSeen] = useState(version);
  useEffect(() => {
    if (version === seen) return;
    setSeen(version);
    void revalidate();
  }, [version, seen, revalidate]);
}
