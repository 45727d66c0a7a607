'use client';
// A value that follows another at most once every `ms` (the first change at once, the last one
// always), so dragging the time control across many days asks the server for a few, not all.
import { useEffect, useRef, useState } from 'react';

export function useThrottled<T>(value: T, ms: number): T {
  const [throttled, setThrottled] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = last.current + ms - Date.now();
    if (wait <= 0) {
      last.current = Date.now();
      setThrottled(value);
      return;
    }
    const timer = window.setTimeout(() => {
      last.current = Date.now();
      setThrottled(value);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return throttled;
}
