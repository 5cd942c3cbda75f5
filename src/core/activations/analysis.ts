import { goldenSectionMin } from '../optimize';
import { ACTIVATIONS, activation, type ActivationFn } from './functions';

/** The activations with a negative dip: a single interior minimum below zero. */
export type DipActivationFn = 'gelu' | 'gelu-tanh' | 'gelu10' | 'swish';

/** A point on an activation's curve: input x and output y, real units (float64). */
export interface CurvePoint {
  x: number;
  y: number;
}

const DIPS: readonly ActivationFn[] = ['gelu', 'gelu-tanh', 'gelu10', 'swish'];
/** Every dip lies inside this bracket (GELU ≈ −0.75, Swish ≈ −1.28), where each is unimodal. */
const BRACKET: readonly [number, number] = [-4, 0];
/** Evaluations of the golden-section search: the bracket shrinks by 0.618 each, to below 1e−10 of [−4, 0]. */
const MINIMUM_EVALS = 60;

/** Whether fn has a negative dip (an interior minimum); the others are monotone non-decreasing. */
export function hasDip(fn: ActivationFn): fn is DipActivationFn {
  return DIPS.includes(fn);
}

/**
 * The minimum of an activation's negative dip, found numerically by golden-section search on [−4, 0]
 * (GELU ≈ −0.1700 at x ≈ −0.7518, Swish ≈ −0.2785 at x ≈ −1.2785); null for the monotone ones
 * (relu, relu6, tanh, sigmoid), whose infimum is not an interior minimum.
 */
export function activationMinimum(fn: DipActivationFn): CurvePoint;
export function activationMinimum(fn: ActivationFn): CurvePoint | null;
export function activationMinimum(fn: ActivationFn): CurvePoint | null {
  if (!hasDip(fn)) return null;
  return goldenSectionMin(ACTIVATIONS[fn], BRACKET[0], BRACKET[1], MINIMUM_EVALS);
}

/** n evenly spaced inputs x_i = fl32(lo + (hi − lo)·i/(n − 1)), i = 0…n−1, and fn of each, for plotting. */
export function activationCurve(fn: ActivationFn, lo: number, hi: number, n: number): { x: Float32Array; y: Float32Array } {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(lo < hi)) throw new RangeError(`need finite lo < hi, got [${lo}, ${hi}]`);
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`n must be an integer ≥ 2, got ${n}`);
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = i === n - 1 ? hi : lo + ((hi - lo) * i) / (n - 1);
  return { x, y: activation(x, fn) };
}
