/**
 * The 4-bit float element E2M1 (OCP MX v1.0 §5.3.3: values 0, 0.5, 1, 1.5, 2, 3, 4, 6 and their negatives) and the two
 * block formats built on it: MXFP4 (32 elements, an E8M0 power-of-two scale; OCP MX v1.0 §6.3) and NVIDIA's NVFP4
 * (16 elements, an FP8 E4M3 scale, and one FP32 scale per tensor). Arithmetic in float64; results are float32.
 */
import { exponentOf, roundToFormat } from '../floats/roundScalar';

/** The non-negative E2M1 values by 3-bit code. */
export const E2M1: readonly number[] = [0, 0.5, 1, 1.5, 2, 3, 4, 6];
/** Largest E2M1 magnitude (emax = 2). */
export const E2M1_MAX = 6;

/** v rounded to E2M1 (nearest, ties to the even code), saturating at ±6; the sign is kept except on zero (+0). */
export function roundE2M1(v: number): number {
  const a = Math.abs(v);
  if (!(a < E2M1_MAX)) return a === a ? Math.sign(v) * E2M1_MAX : 0;
  let k = 0;
  while (k < 7 && E2M1[k + 1] <= a) k++;
  const lo = E2M1[k];
  const hi = E2M1[k + 1];
  const r = a - lo < hi - a || (a - lo === hi - a && k % 2 === 0) ? lo : hi;
  return v < 0 && r !== 0 ? -r : r;
}

/** MXFP4 shared scale of a block with largest magnitude `amax`: 2^(floor(log2 amax) − 2), E8M0-clamped to 2^±127. */
export function mxScale(amax: number): number {
  if (!(amax > 0)) return 2 ** -127;
  return 2 ** Math.max(-127, Math.min(127, exponentOf(amax) - 2));
}

/** MXFP4 of one block: y = X·E2M1(x/X) with the OCP shared scale X; returns X. */
export function mxfp4Block(x: Float32Array, y: Float32Array): number {
  let amax = 0;
  for (let j = 0; j < x.length; j++) amax = Math.max(amax, Math.abs(x[j]));
  const s = mxScale(amax);
  for (let j = 0; j < x.length; j++) y[j] = s * roundE2M1(x[j] / s);
  return s;
}

/** NVFP4 per-tensor FP32 scale for a tensor whose largest magnitude is `amax`: the largest block scale lands on 448. */
export function nvTensorScale(amax: number): number {
  return amax > 0 ? Math.fround(amax / (448 * E2M1_MAX)) : 1;
}

/** NVFP4 of one block under tensor scale `t`: s = E4M3(max|x|/6/t), y = s·t·E2M1(x/(s·t)); returns the step s·t. */
export function nvfp4Block(x: Float32Array, y: Float32Array, t: number): number {
  let amax = 0;
  for (let j = 0; j < x.length; j++) amax = Math.max(amax, Math.abs(x[j]));
  const step = roundToFormat(amax / E2M1_MAX / t, 'fp8-e4m3') * t;
  for (let j = 0; j < x.length; j++) y[j] = step > 0 ? step * roundE2M1(x[j] / step) : 0;
  return step;
}
