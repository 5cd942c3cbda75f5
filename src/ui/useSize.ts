import { useEffect, useState, type RefObject } from 'react';

/**
 * Width of an element in CSS pixels, tracked with a ResizeObserver. The element may appear after the first render
 * (a panel that waits for data renders without it first), so the observed node is re-checked after every render.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, initial = 800): number {
  const [width, setWidth] = useState(initial);
  const [node, setNode] = useState<HTMLElement | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- runs after every render on purpose; guarded, so it settles at once
  useEffect(() => {
    if (ref.current !== node) setNode(ref.current);
  });
  useEffect(() => {
    if (!node) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(240, Math.floor(entry.contentRect.width))));
    observer.observe(node);
    return () => observer.disconnect();
  }, [node]);
  return width;
}
