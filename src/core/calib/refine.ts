import type { QuantSpec, Range } from '../types';
import { qparams } from '../quant/qparams';
import { quantErrorSync } from '../quant/quantError';
import { goldenSectionMin } from '../optimize';

/** Above this many elements the golden-section stage runs on an evenly strided subsample of this size. */
export const REFINE_SAMPLE = 1 << 20;
/** Evaluations spent by the golden-section stage. */
export const GOLDEN_EVALS = 10;

/** True MSE (real units²) of fake-quantizing the finite elements of x with qparams(range, spec). */
export function trueMse(x: Float32Array, range: Range, spec: QuantSpec): number {
  return quantErrorSync(x, qparams(range, spec)).mse;
}

/** Every ⌈length/limit⌉-th element of x (x itself when it has at most `limit` elements). */
export function strided(x: Float32Array, limit: number): Float32Array {
  if (x.length <= limit) return x;
  const step = Math.ceil(x.length / limit);
  const out = new Float32Array(Math.ceil(x.length / step));
  for (let i = 0, k = 0; i < x.length; i += step) out[k++] = x[i];
  return out;
}

/**
 * Exact refinement of a one-parameter family of ranges toRange(t): the seeds are compared by true MSE (on an
 * evenly strided subsample when x has more than REFINE_SAMPLE elements), then a golden-section search runs on
 * [best − radius, best + radius] ∩ [lo, hi]; on a subsample the winner is finally checked against seeds[0] on
 * all of x, so the result's true MSE never exceeds that of seeds[0]. Returns t.
 */
export function refineExact(
  x: Float32Array,
  spec: QuantSpec,
  toRange: (t: number) => Range,
  seeds: readonly number[],
  radius: number,
  limits: readonly [number, number],
): number {
  const sample = strided(x, REFINE_SAMPLE);
  const memo = new Map<number, number>();
  const onSample = (t: number): number => {
    let f = memo.get(t);
    if (f === undefined) memo.set(t, (f = trueMse(sample, toRange(t), spec)));
    return f;
  };
  let best = seeds[0];
  for (const t of seeds) if (onSample(t) < onSample(best)) best = t;
  const a = Math.max(best - radius, limits[0]);
  const b = Math.min(best + radius, limits[1]);
  if (b > a) {
    const found = goldenSectionMin(onSample, a, b, GOLDEN_EVALS).x;
    if (onSample(found) < onSample(best)) best = found;
  }
  if (sample === x || best === seeds[0]) return best;
  return trueMse(x, toRange(best), spec) <= trueMse(x, toRange(seeds[0]), spec) ? best : seeds[0];
}
