import { createRandom } from '../samples/random';
import { PIXELS } from './data/digitsFile';
import type { MlpWeights } from './types';

/** Default hidden widths of the digits MLP (784 → 128 → 64 → 10): ≈ 4 s per epoch over 8,000 digits on 2 cores (wasm). */
export const DEFAULT_HIDDEN: [number, number] = [128, 64];

/** Layer names of the MLP, PyTorch-style (fc1, fc2, fc3). */
export const MLP_LAYER_NAMES = ['fc1', 'fc2', 'fc3'] as const;

/** A freshly initialised 784 → h1 → h2 → 10 GELU MLP: weights uniform in ±1/√in (PyTorch nn.Linear's default), seeded. */
export function initMlp(hidden: [number, number], seed: number): MlpWeights {
  const rand = createRandom(seed);
  const dims = [PIXELS, hidden[0], hidden[1], 10];
  return {
    layers: MLP_LAYER_NAMES.map((name, i) => {
      const [inDim, outDim] = [dims[i], dims[i + 1]];
      const bound = 1 / Math.sqrt(inDim);
      const weight = new Float32Array(outDim * inDim).map(() => (2 * rand.uniform() - 1) * bound);
      const bias = new Float32Array(outDim).map(() => (2 * rand.uniform() - 1) * bound);
      return { name, weight, bias, inDim, outDim, activation: i === 2 ? 'linear' : 'gelu' };
    }),
  };
}
