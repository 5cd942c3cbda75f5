import { useEffect, useState } from 'react';
import type { Histogram, Range } from '../../core/math';
import { useAnalysis } from '../../state/analysis';
import { quantWorker } from '../../worker/client';

/** Full-resolution histogram of the visible interval when zoomed (from the Worker), else the overview. */
export function useVisibleHistogram(zoom: Range | null, bins: number): Histogram | null {
  const overview = useAnalysis((a) => a.summary?.overview ?? null);
  const generation = useAnalysis((a) => a.generation);
  const streamed = useAnalysis((a) => a.summary?.streamed ?? false);
  const [zoomed, setZoomed] = useState<{ key: string; h: Histogram } | null>(null);
  const key = zoom ? `${generation}:${zoom.min}:${zoom.max}:${bins}` : '';

  useEffect(() => {
    if (!zoom || streamed) return; // a streamed tensor is not held: zoom shows the overview's bins
    let live = true;
    const timer = setTimeout(() => {
      quantWorker.latest('zoomHistogram', key, 'histogram', zoom.min, zoom.max, bins).then(
        (h) => live && setZoomed({ key, h }),
        () => undefined, // superseded by a newer zoom, or the tensor is not held: the overview stays
      );
    }, 60);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [zoom, bins, key, streamed]);

  if (zoom && zoomed?.key === key) return zoomed.h;
  return overview;
}
