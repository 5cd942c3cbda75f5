import { sqnrDb } from '../quant/quantError';
import type { ErrorStats } from '../types';

/** Error of Ŷ against Y over the finite output pairs, float64 sums (no codes: the product is not quantized itself). */
export type ProductError = Pick<ErrorStats, 'mse' | 'sqnrDb' | 'maxAbsError'>;

/** mse, SQNR (Σy²/Σe², dB) and max |ŷ − y| of yHat against y, skipping pairs where either is NaN/±Inf; float64 sums. */
export function productError(y: Float32Array, yHat: Float32Array): ProductError {
  if (y.length !== yHat.length) throw new RangeError(`y has ${y.length} elements but yHat has ${yHat.length}`);
  let sumE2 = 0;
  let sumY2 = 0;
  let maxAbs = 0;
  let n = 0;
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    const e = yHat[i] - v;
    if (e - e !== 0 || v - v !== 0) continue;
    n++;
    sumE2 += e * e;
    sumY2 += v * v;
    const a = Math.abs(e);
    if (a > maxAbs) maxAbs = a;
  }
  return { mse: n > 0 ? sumE2 / n : 0, sqnrDb: sqnrDb(sumY2, sumE2), maxAbsError: maxAbs };
}
