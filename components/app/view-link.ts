'use client';
// Links that carry the map's current view (the hash, #zoom/lat/lon), which changes without a
// render as the reader pans: the address is completed the moment the reader reaches for the link
// (pointer down, focus, click), so a click, "open in new tab" and "copy link" all get it.
import type { SyntheticEvent } from 'react';

export function viewLinkProps(hrefWith: (hash: string) => string, onClick?: () => void) {
  const complete = (e: SyntheticEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = hrefWith(window.location.hash);
  };
  return {
    href: hrefWith(''),
    onPointerDown: complete,
    onFocus: complete,
    onClick: (e: SyntheticEvent<HTMLAnchorElement>) => {
      onClick?.();
      complete(e);
    },
  };
}
