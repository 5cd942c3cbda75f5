import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { estimateError, qparams, type ErrorStats, type QuantParams, type Range } from '../core/math';
import { useAnalysis, exactKey, type AnalysisState } from './analysis';
import { resolveClip } from './clip';
import { isSymmetric, useScene, type SceneState } from './scene';
import { handleBounds } from './range';
import type { TensorSummary } from '../worker/api';

/** Range shown before any tensor is known. */
const NO_DATA_RANGE: Range = { min: -1, max: 1 };

/** The clip's range from the two stores' current state (for actions and exports, outside React). */
export function clipRange(
  scene: Pick<SceneState, 'clip' | 'spec' | 'symmetricLock'>,
  a: Pick<AnalysisState, 'summary' | 'calibrations' | 'generation'>,
): Range {
  const rows = a.calibrations?.generation === a.generation ? a.calibrations.rows : null;
  return resolveClip(scene.clip, isSymmetric(scene), { stats: a.summary?.stats ?? null, rows }) ?? NO_DATA_RANGE;
}

/** The clipping range on screen [β, α]: the user's own, or the chosen calibrator's, derived from the analysis store. */
export function useClipRange(): Range {
  const { clip, spec, symmetricLock } = useScene(useShallow((s) => ({ clip: s.clip, spec: s.spec, symmetricLock: s.symmetricLock })));
  const { summary, calibrations, generation } = useAnalysis(
    useShallow((a) => ({ summary: a.summary, calibrations: a.calibrations, generation: a.generation })),
  );
  return useMemo(
    () => clipRange({ clip, spec, symmetricLock }, { summary, calibrations, generation }),
    [clip, spec, symmetricLock, summary, calibrations, generation],
  );
}

/** Scale and zero point of the clipping range and spec on screen. */
export function useQuantParams(): QuantParams {
  const range = useClipRange();
  const spec = useScene((s) => s.spec);
  return useMemo(() => qparams(range, spec), [range, spec]);
}

/** The error shown: exact when the Worker has it for these parameters, else the per-frame histogram estimate. */
export function useErrorView(): { stats: ErrorStats; exact: boolean } | null {
  const params = useQuantParams();
  const { summary, exact, generation } = useAnalysis(useShallow((a) => ({ summary: a.summary, exact: a.exact, generation: a.generation })));
  return useMemo(() => {
    if (!summary) return null;
    if (exact && exact.key === exactKey(generation, params)) return { stats: exact.stats, exact: true };
    return { stats: sharedEstimate(summary, params), exact: false };
  }, [summary, params, exact, generation]);
}

/** The last estimate made: every panel that shows the error (four or five) reads it, one histogram pass per frame. */
let lastEstimate: { summary: TensorSummary; params: QuantParams; stats: ErrorStats } | null = null;

/** estimateError of the summary's overview histogram under params, computed once for equal params (by value). */
export function sharedEstimate(summary: TensorSummary, params: QuantParams): ErrorStats {
  const l = lastEstimate;
  const same = (p: QuantParams) =>
    p.scale === params.scale && p.zeroPoint === params.zeroPoint && p.qmin === params.qmin && p.qmax === params.qmax;
  if (l && l.summary === summary && same(l.params)) return l.stats;
  lastEstimate = { summary, params, stats: estimateError(summary.overview, params, summary.stats) };
  return lastEstimate.stats;
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
