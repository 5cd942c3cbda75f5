import { erfc } from './erf';

/** Activation functions applied elementwise (float64 maths, one rounding to float32). */
export type ActivationFn = 'relu' | 'relu6' | 'gelu' | 'gelu-tanh' | 'gelu10' | 'swish' | 'tanh' | 'sigmoid';

/** Every activation name, in menu order. */
export const ACTIVATION_FNS: readonly ActivationFn[] = ['relu', 'relu6', 'gelu', 'gelu-tanh', 'gelu10', 'swish', 'tanh', 'sigmoid'];

/** Logistic sigmoid 1/(1 + e^−x), evaluated so that neither branch overflows: e^x/(1 + e^x) for x < 0. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** GELU, exact form x·Φ(x) = x/2·erfc(−x/√2); no 1 + erf cancellation for x < 0; gelu(−∞) = −0 (the limit). */
export function gelu(x: number): number {
  if (x === -Infinity) return -0;
  return 0.5 * x * erfc(-x * Math.SQRT1_2);
}

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

/** GELU's tanh approximation x/2·(1 + tanh(√(2/π)(x + 0.044715x³))), evaluated as x·σ(2u) (same value, no cancellation). */
export function geluTanh(x: number): number {
  if (x === -Infinity) return -0;
  return x * sigmoid(2 * SQRT_2_OVER_PI * (x + 0.044715 * x * x * x));
}

/** Swish / SiLU x·σ(x); swish(−∞) = −0 (the limit). */
export function swish(x: number): number {
  if (x === -Infinity) return -0;
  return x * sigmoid(x);
}

/** v clamped to [lo, hi]; NaN stays NaN. */
function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Scalar form of each activation. `gelu10` is GELU clamped to [−10, 10]. NaN stays NaN. */
export const ACTIVATIONS: Record<ActivationFn, (x: number) => number> = {
  relu: (x) => (x < 0 ? 0 : x),
  relu6: (x) => clamp(x, 0, 6),
  gelu,
  'gelu-tanh': geluTanh,
  gelu10: (x) => clamp(gelu(x), -10, 10),
  swish,
  tanh: Math.tanh,
  sigmoid,
};

/** fn applied to every element of x (float64 maths, float32 result); NaN stays NaN. */
export function activation(x: Float32Array, fn: ActivationFn): Float32Array {
  const f = ACTIVATIONS[fn];
  if (!f) throw new RangeError(`unknown activation "${String(fn)}"`);
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = f(x[i]);
  return out;
}

/** GELU clamped to [−c, c] elementwise (gelu10 is c = 10); c must be > 0 (Infinity gives plain GELU). */
export function geluClamped(x: Float32Array, c: number): Float32Array {
  if (!(c > 0)) throw new RangeError(`clamp bound c must be > 0, got ${c}`);
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = clamp(gelu(x[i]), -c, c);
  return out;
}
