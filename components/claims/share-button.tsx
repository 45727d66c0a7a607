'use client';
// Shares a link: the Web Share API where the device has it (phones), else a copy to the clipboard
// with a visible, announced confirmation.
import { useState } from 'react';

export function ShareButton({
  path,
  title,
  label,
  className,
  withView = false,
}: {
  path: string;
  title: string;
  label: string;
  className?: string;
  /** Append the current map view (#zoom/lat/lon), so the link opens what the sender sees. */
  withView?: boolean;
}) {
  const [said, setSaid] = useState('');
  const share = async () => {
    const url = new URL(`${path}${withView ? window.location.hash : ''}`, window.location.origin).href;
    try {
      if (typeof navigator.share === 'function' && window.matchMedia('(pointer: coarse)').matches) {
        await navigator.share({ title, url });
        return;
      }
      await navigator.clipboard.writeText(url);
      setSaid('Link copied');
    } catch (error) {
      // A dismissed share sheet is not an error worth showing.
      if ((error as Error).name === 'AbortError') return;
      setSaid(`Copy this link: ${url}`);
    }
    window.setTimeout(() => setSaid(''), 4000);
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={share} className={className}>
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm font-semibold text-emerald-800">
        {said}
      </span>
    </span>
  );
}
