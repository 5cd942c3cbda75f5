import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { estimateError, qparams, type ErrorStats, type QuantParams, type Range } from '../core/math';
import { useAnalysis, exactKey } from './analysis';
import { isSymmetric, useScene } from './scene';
import { handleBounds } from './range';

/** Scale and zero point of the scene's range and spec. */
export function useQuantParams(): QuantParams {
  const { range, spec } = useScene(useShallow((s) => ({ range: s.range, spec: s.spec })));
  return useMemo(() => qparams(range, spec), [range, spec]);
}

/** The error shown: exact when the Worker has it for these parameters, else the per-frame histogram estimate. */
export function useErrorView(): { stats: ErrorStats; exact: boolean } | null {
  const params = useQuantParams();
  const { summary, exact, generation } = useAnalysis(useShallow((a) => ({ summary: a.summary, exact: a.exact, generation: a.generation })));
  return useMemo(() => {
    if (!summary) return null;
    if (exact && exact.key === exactKey(generation, params)) return { stats: exact.stats, exact: true };
    return { stats: estimateError(summary.overview, params, summary.stats), exact: false };
  }, [summary, params, exact, generation]);
}

/** Domain of the chart and the handles for the loaded tensor. */
export function useHandleBounds(): Range | null {
  const stats = useAnalysis((a) => a.summary?.stats);
  const symmetric = useScene(isSymmetric);
  return useMemo(() => (stats ? handleBounds(stats.min, stats.max, symmetric) : null), [stats, symmetric]);
}

/** counts per code for the parameters on screen, when the Worker has computed them (null while moving). */
export function useExactCodeCounts(): Float64Array | null {
  const params = useQuantParams();
  const { exact, generation } = useAnalysis(useShallow((a) => ({ exact: a.exact, generation: a.generation })));
  return exact && exact.key === exactKey(generation, params) ? exact.codeCounts : null;
}
