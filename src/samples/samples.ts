import { gelu } from '../core/activations';
import { createRandom, type Random } from './random';

/** The built-in tensors: each a seeded generator of `size` float32 values. */
export const SAMPLE_IDS = ['laplace-outliers', 'gaussian', 'depthwise', 'gelu-outliers', 'relu', 'uniform', 'bimodal'] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

/** Sizes offered, in elements (1k … 16M). */
export const SAMPLE_SIZES = [1024, 16384, 262144, 1048576, 4194304, 16777216] as const;
export const MIN_SAMPLE_SIZE = SAMPLE_SIZES[0];
export const MAX_SAMPLE_SIZE = SAMPLE_SIZES[SAMPLE_SIZES.length - 1];

/** Which sample, from which seed (uint32), how many elements. */
export interface SampleSpec {
  id: SampleId;
  seed: number;
  size: number;
}

/** The sample the app opens on. */
export const DEFAULT_SAMPLE: SampleSpec = { id: 'laplace-outliers', seed: 1, size: 1 << 20 };

/** Channels of the depthwise-like sample: few enough that each holds many values (256 at 16k, 16 384 at 1M), so a channel can use every level. */
const DEPTHWISE_CHANNELS = 64;

/** Side k of the depthwise-like sample's k × k kernel: size/64 is a power of 4 for every offered size. */
function depthwiseSide(size: number): number {
  return Math.sqrt(size / DEPTHWISE_CHANNELS);
}

/** Shape of a sample: [64, 1, k, k] (output channels first, as torch stores conv weights) for the depthwise-like one, else 1-D. */
export function sampleShape(spec: SampleSpec): number[] {
  const k = depthwiseSide(spec.size);
  return spec.id === 'depthwise' ? [DEPTHWISE_CHANNELS, 1, k, k] : [spec.size];
}

/** One value of each sample's distribution (the depthwise-like sample is drawn per channel, see generateSample). */
const DRAW: Record<Exclude<SampleId, 'depthwise'>, (r: Random) => number> = {
  // Conv/linear weights: N(0, 0.05²).
  gaussian: (r) => 0.05 * r.normal(),
  // Heavy-tailed weights: Laplace(0, b = 0.05) by inverse CDF.
  'laplace-outliers': (r) => {
    const u = r.uniform() - 0.5;
    return -0.05 * Math.sign(u) * Math.log(1 - 2 * Math.abs(u));
  },
  // Transformer MLP activations: GELU of N(0, 3²).
  'gelu-outliers': (r) => gelu(3 * r.normal()),
  // Post-ReLU activations of N(0, 1).
  relu: (r) => Math.max(r.normal(), 0),
  uniform: (r) => 2 * r.uniform() - 1,
  // Two clusters: 60 % N(−1, 0.25²), 40 % N(1.5, 0.35²).
  bimodal: (r) => (r.uniform() < 0.6 ? -1 + 0.25 * r.normal() : 1.5 + 0.35 * r.normal()),
};

/**
 * Outliers of the samples that have them: how many (a fraction of the size, at least `min`) and their values.
 * Weights: 1 in 10⁴ at ±(1 … 2), 20–40× the typical magnitude. Activations: 1 in 10⁶ near 100, the rare huge
 * values of transformer activations, few enough that clipping them pays off (as entropy calibration does).
 */
const OUTLIERS: Partial<Record<SampleId, { fraction: number; min: number; draw: (r: Random) => number }>> = {
  'laplace-outliers': { fraction: 1e-4, min: 4, draw: (r) => (r.uniform() < 0.5 ? -1 : 1) * (1 + r.uniform()) },
  'gelu-outliers': { fraction: 1e-6, min: 1, draw: (r) => gelu(95 + 10 * r.uniform()) },
};

/** Throws unless the spec names a known sample with a uint32 seed and a size within 1k … 16M. */
export function assertSampleSpec(spec: SampleSpec): void {
  if (!SAMPLE_IDS.includes(spec.id)) throw new RangeError(`unknown sample "${spec.id}"`);
  if (!Number.isInteger(spec.seed) || spec.seed < 0 || spec.seed > 0xffffffff)
    throw new RangeError(`seed must be an integer in [0, 2^32), got ${spec.seed}`);
  if (!Number.isInteger(spec.size) || spec.size < MIN_SAMPLE_SIZE || spec.size > MAX_SAMPLE_SIZE) {
    throw new RangeError(`size must be an integer from ${MIN_SAMPLE_SIZE} to ${MAX_SAMPLE_SIZE}, got ${spec.size}`);
  }
}

/** The sample's values: deterministic in (id, seed, size). Outliers sit at seeded positions. */
export function generateSample(spec: SampleSpec): Float32Array {
  assertSampleSpec(spec);
  const r = createRandom(spec.seed);
  const out = new Float32Array(spec.size);
  if (spec.id === 'depthwise') {
    // Depthwise conv weights: channel c is N(0, σ_c²) with σ_c log-uniform on [0.002, 0.1], ranges 50× apart.
    const perChannel = spec.size / DEPTHWISE_CHANNELS;
    for (let c = 0; c < DEPTHWISE_CHANNELS; c++) {
      const sigma = 0.002 * 50 ** r.uniform();
      for (let k = 0; k < perChannel; k++) out[c * perChannel + k] = sigma * r.normal();
    }
    return out;
  }
  const draw = DRAW[spec.id];
  for (let i = 0; i < out.length; i++) out[i] = draw(r);
  const outliers = OUTLIERS[spec.id];
  if (outliers) {
    const n = Math.max(outliers.min, Math.round(spec.size * outliers.fraction));
    for (let k = 0; k < n; k++) out[Math.floor(r.uniform() * out.length)] = outliers.draw(r);
  }
  return out;
}
