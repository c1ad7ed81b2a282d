import { useEffect, useState, type RefObject } from 'react';

/**
 * The element's content width in CSS px, following resizes (a Teams tab beside a side panel, a
 * window dragged narrower); `undefined` before the first measurement or where the browser has no
 * ResizeObserver, so callers fall back to their narrow layout.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number | undefined {
  const [width, setWidth] = useState<number | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
