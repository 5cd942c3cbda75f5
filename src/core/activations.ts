/** Activation functions applied elementwise (float64 maths, float32 results). */
export type ActivationFn = 'relu' | 'relu6' | 'gelu' | 'gelu-tanh' | 'gelu10' | 'swish' | 'tanh' | 'sigmoid';

/** Complementary error function, fractional error < 1.2e−7 (Numerical Recipes' Chebyshev fit `erfcc`). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z - 1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const r = t * Math.exp(poly);
  return x >= 0 ? r : 2 - r;
}

/** GELU, exact form x·Φ(x) = x/2·erfc(−x/√2). */
export function gelu(x: number): number {
  return 0.5 * x * erfc(-x * Math.SQRT1_2);
}

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

/** Scalar form of each activation. `gelu10` is GELU clamped to [−10, 10]. */
export const ACTIVATIONS: Record<ActivationFn, (x: number) => number> = {
  relu: (x) => (x > 0 ? x : 0),
  relu6: (x) => Math.min(Math.max(x, 0), 6),
  gelu,
  'gelu-tanh': (x) => 0.5 * x * (1 + Math.tanh(SQRT_2_OVER_PI * (x + 0.044715 * x * x * x))),
  gelu10: (x) => Math.min(Math.max(gelu(x), -10), 10),
  swish: (x) => x / (1 + Math.exp(-x)),
  tanh: Math.tanh,
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
};

/** fn applied to every element of x; NaN stays NaN. */
export function activation(x: Float32Array, fn: ActivationFn): Float32Array {
  const f = ACTIVATIONS[fn];
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = f(x[i]);
  return out;
}
