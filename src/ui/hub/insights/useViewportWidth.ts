import { useEffect, useState } from 'react';

/** Below this width (CSS px) tables become stacked lists: a Teams side panel or a narrow tab. */
export const TABLE_MIN_WIDTH_PX = 720;

/** The window's width in CSS px, kept current on resize. */
export function useViewportWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const update = () => setWidth(window.innerWidth);
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return width;
}

/** True when there is room for a table (see {@link TABLE_MIN_WIDTH_PX}). */
export function useHasRoomForTable(): boolean {
  return useViewportWidth() >= TABLE_MIN_WIDTH_PX;
}
