'use client';
// Whether an element has come near the viewport yet (stays true once it has), so lists far down the
// panel load when the reader gets to them, not with the page.
import { useEffect, useRef, useState } from 'react';

export function useSeen<T extends Element>(margin = '300px 0px'): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (seen || !el) return;
    if (typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    }, { rootMargin: margin });
    observer.observe(el);
    return () => observer.disconnect();
  }, [seen, margin]);
  return [ref, seen];
}
