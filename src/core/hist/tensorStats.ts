import { statsSumsKernel, type StatsSums } from '../kernels/statsKernel';

/** Summary of a tensor in one pass: finite range and moments; non-finite elements counted, never mixed in. */
export interface TensorStats {
  count: number;
  finite: number;
  nan: number;
  posInf: number;
  negInf: number;
  /** Elements exactly ±0. */
  zeros: number;
  /** Range of the finite elements (0, 0 when there are none). */
  min: number;
  max: number;
  /** Σx² over the finite elements, float64. */
  sumSquares: number;
  /** Mean and standard deviation of the finite elements, float64. */
  mean: number;
  std: number;
}

/**
 * One pass over x: count NaN/±Inf, and take min, max, Σx, Σx² of the rest in float64. Large arrays, and any
 * array from allocTensor, go through the WebAssembly SIMD kernel (sums differ only by float64 summation order).
 */
export function tensorStats(x: Float32Array): TensorStats {
  return statsFromSums(statsSumsKernel(x) ?? statsSumsJs(x), x.length);
}

/** The statistics of `count` elements from their one-pass sums. */
export function statsFromSums({ min, max, sum, sumSquares, nan, posInf, negInf, zeros }: StatsSums, count: number): TensorStats {
  const finite = count - nan - posInf - negInf;
  const mean = finite > 0 ? sum / finite : 0;
  const variance = finite > 0 ? Math.max(sumSquares / finite - mean * mean, 0) : 0;
  return {
    count,
    finite,
    nan,
    posInf,
    negInf,
    zeros,
    min: finite > 0 ? min : 0,
    max: finite > 0 ? max : 0,
    sumSquares,
    mean,
    std: Math.sqrt(variance),
  };
}

/** tensorStats' sums by a scalar JS loop: the path for small arrays and where WebAssembly SIMD is missing. */
export function statsSumsJs(x: Float32Array): StatsSums {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let sumSquares = 0;
  let nan = 0;
  let posInf = 0;
  let negInf = 0;
  let zeros = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v - v === 0) {
      if (v < min) min = v;
      if (v > max) max = v;
      sum += v;
      sumSquares += v * v;
      if (v === 0) zeros++;
    } else if (v !== v) nan++;
    else if (v > 0) posInf++;
    else negInf++;
  }
  return { min, max, sum, sumSquares, nan, posInf, negInf, zeros };
}

/** Statistics of two disjoint parts combined, as if computed in one pass over both (for chunked reads). */
export function mergeStats(a: TensorStats, b: TensorStats): TensorStats {
  if (a.finite === 0)
    return { ...b, count: a.count + b.count, nan: a.nan + b.nan, posInf: a.posInf + b.posInf, negInf: a.negInf + b.negInf };
  if (b.finite === 0) return mergeStats(b, a);
  const finite = a.finite + b.finite;
  const mean = (a.mean * a.finite + b.mean * b.finite) / finite;
  const sumSquares = a.sumSquares + b.sumSquares;
  return {
    count: a.count + b.count,
    finite,
    nan: a.nan + b.nan,
    posInf: a.posInf + b.posInf,
    negInf: a.negInf + b.negInf,
    zeros: a.zeros + b.zeros,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    sumSquares,
    mean,
    std: Math.sqrt(Math.max(sumSquares / finite - mean * mean, 0)),
  };
}
