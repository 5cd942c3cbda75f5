import type { CalibMethod, QuantSpec, Range } from '../types';
import { assertBits } from '../quant/qparams';
import { histogram, type Histogram } from '../hist/histogram';
import { tensorStats, type TensorStats } from '../hist/tensorStats';
import { absHistogram, CALIB_BINS, type AbsHistogram } from './absHistogram';
import { entropyAmax } from './entropy';
import { histogramObserverRange } from './histogramObserver';
import { maxRange } from './max';
import { mseAmax, mseRange } from './mse';
import { assertPercentile, percentileAmax, percentileRange } from './percentile';

/**
 * Clipping range (real units) chosen by `method` for x under `spec`; NaN/±Inf elements are ignored.
 * Symmetric specs get ±amax from a 2048-bin |x| histogram (max: max|x|); affine specs get [min, max]
 * (max), per-tail percentiles on a signed histogram (percentile), the symmetric entropy threshold cut to the
 * data's range (entropy; 2^bits merge groups when the data is ≥ 0, else 2^(bits−1)), or the shrink factor
 * of [min, max] with the least true MSE (mse). 'histogram-observer' is torch 1.13's HistogramObserver.
 * Degenerate data: no finite element (or all zero) → [0, 0] (qparams then gives the 2^−23 scale); a constant c
 * (one element included) → symmetric [−|c|, |c|], affine [min(c, 0), max(c, 0)]. Never NaN.
 * Throws RangeError for a percentile outside (0, 100] or bits outside 2…16.
 */
export function calibrateSync(x: Float32Array, method: CalibMethod, spec: QuantSpec): Range {
  return calibrateMany(x, [method], spec)[0];
}

/** The data a batch of calibrators shares: statistics once, each histogram built at most once. */
interface CalibContext {
  x: Float32Array;
  stats: TensorStats;
  absHist(): AbsHistogram;
  signedHist(): Histogram;
}

function context(x: Float32Array): CalibContext {
  const stats = tensorStats(x);
  let abs: AbsHistogram | undefined;
  let signed: Histogram | undefined;
  return {
    x,
    stats,
    absHist: () =>
      (abs ??= absHistogram(x, CALIB_BINS, { amax: Math.max(-stats.min, stats.max), finite: stats.finite, zeros: stats.zeros })),
    signedHist: () => (signed ??= histogram(x, stats.min, stats.max, CALIB_BINS)),
  };
}

/** Ranges chosen by several methods for the same data and spec, sharing one pass of statistics and histograms. */
export function calibrateMany(x: Float32Array, methods: CalibMethod[], spec: QuantSpec): Range[] {
  return [...calibrateEach(x, methods, spec)];
}

/** calibrateMany one method at a time, in order, so that a caller can pause between methods (inputs checked first). */
export function* calibrateEach(x: Float32Array, methods: CalibMethod[], spec: QuantSpec): Generator<Range, void, undefined> {
  assertBits(spec.bits);
  for (const m of methods) if (m.kind === 'percentile') assertPercentile(m.percentile);
  const ctx = context(x);
  for (const m of methods) yield calibrateWith(ctx, m, spec);
}

function calibrateWith({ x, stats, absHist, signedHist }: CalibContext, method: CalibMethod, spec: QuantSpec): Range {
  if (stats.finite === 0 || stats.min === stats.max) return degenerate(stats, spec);
  const symmetric = spec.mode === 'symmetric';
  const cut = (amax: number): Range =>
    symmetric ? { min: 0 - amax, max: amax } : { min: Math.max(stats.min, -amax), max: Math.min(stats.max, amax) };
  switch (method.kind) {
    case 'max':
      return maxRange(stats, spec);
    case 'percentile':
      return symmetric ? cut(percentileAmax(absHist(), method.percentile)) : percentileRange(signedHist(), method.percentile);
    case 'entropy':
      return cut(entropyAmax(absHist(), !symmetric && stats.min >= 0, spec.bits));
    case 'mse':
      return symmetric ? cut(mseAmax(x, absHist(), spec)) : mseRange(x, signedHist(), spec, stats.zeros);
    case 'histogram-observer':
      return histogramObserverRange(x, spec, { stats });
  }
}

/** Range for data with no finite element (→ [0, 0]) or a single finite value c (→ ±|c| symmetric, [min(c,0), max(c,0)] affine). */
function degenerate(stats: TensorStats, spec: QuantSpec): Range {
  if (stats.finite === 0) return { min: 0, max: 0 };
  const c = stats.min;
  if (spec.mode === 'symmetric') return { min: 0 - Math.abs(c), max: Math.abs(c) };
  return { min: Math.min(c, 0) + 0, max: Math.max(c, 0) + 0 };
}

/** Public, Promise-returning form of {@link calibrateSync}: the clipping range, real units, for x under spec. */
export async function calibrate(x: Float32Array, method: CalibMethod, spec: QuantSpec): Promise<Range> {
  return calibrateSync(x, method, spec);
}
