import { useEffect, useRef, type RefObject } from 'react';

/**
 * Calls `onWheel` for wheel events over `ref`'s element; when it returns true (it used the event), the page does
 * not scroll with it. React's own onWheel is passive (preventDefault is ignored there): this listens natively
 * with { passive: false }.
 */
export function useWheel(ref: RefObject<HTMLElement | null>, onWheel: (event: WheelEvent) => boolean): void {
  const latest = useRef(onWheel);
  useEffect(() => {
    latest.current = onWheel;
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const listener = (event: WheelEvent) => {
      if (latest.current(event)) event.preventDefault();
    };
    el.addEventListener('wheel', listener, { passive: false });
    return () => el.removeEventListener('wheel', listener);
  }, [ref]);
}
