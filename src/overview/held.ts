/** The exact per-tensor figures that need the tensor's range, mean and σ before its values: a second look at a held tensor. */
import { heldFiguresKernel } from '../core/kernels/overviewKernels';
import type { QuantParams } from '../core/math';
import { quantSums } from '../core/quant/quantError';

/** Σ(x̂ − x)² of the int8 per-tensor quantization; counts of finite values farther than `far` from `mean` and from 0. */
export interface HeldFigures {
  sumE2: number;
  far: number;
  farAbs: number;
}

/** Finite values of x with |x − mean| > far (float64), by a scalar JS loop. */
function farCountJs(x: Float32Array, mean: number, far: number): number {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (Math.abs(x[i] - mean) > far && x[i] - x[i] === 0) n++;
  return n;
}

/**
 * Over the held tensor (its chunks in order): Σ(x̂ − x)² under p (symmetric, zero point 0, codes [−qmax, qmax]; as
 * quantErrorSync) and the outlier counts (from the mean and from 0), in one SIMD pass, or by the JS loops where
 * WebAssembly SIMD is missing.
 */
export function heldFigures(parts: readonly Float32Array[], p: QuantParams, mean: number, far: number): HeldFigures {
  if (p.zeroPoint !== 0 || p.qmin !== -p.qmax) throw new RangeError('heldFigures takes symmetric parameters with zero point 0');
  const fused = heldFiguresKernel(parts, p.scale, p.qmax, mean, far);
  if (fused) return fused;
  let sumE2 = 0;
  let n = 0;
  let abs = 0;
  for (const x of parts) {
    sumE2 += quantSums(x, p).sumE2;
    n += farCountJs(x, mean, far);
    abs += farCountJs(x, 0, far);
  }
  return { sumE2, far: n, farAbs: abs };
}
