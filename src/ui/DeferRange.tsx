import { useDeferredValue, type ReactNode } from 'react';
import { DeferredClipRange, useClipRange } from '../state/derived';

/**
 * Renders its children with a clipping range that trails the live one (React's useDeferredValue): while the range
 * moves, they re-render in a background pass that a newer frame may interrupt, so the histogram and the error panel,
 * outside, stay live; at rest they show the same range.
 */
export function DeferRange({ children }: { children: ReactNode }) {
  const range = useDeferredValue(useClipRange());
  return <DeferredClipRange.Provider value={range}>{children}</DeferredClipRange.Provider>;
}
