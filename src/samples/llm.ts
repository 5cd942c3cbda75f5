import { createRandom, type Random } from './random';

/** A seeded LLM-style activation matrix: tokens×channels, with `outlierChannels` channels 50–100× larger. */
export interface LlmActivationSpec {
  tokens: number;
  channels: number;
  outlierChannels: number;
  seed: number;
}

/** A seeded linear-layer weight: channels (input features, rows) × out (output features, columns). */
export interface LlmWeightSpec {
  channels: number;
  out: number;
  seed: number;
}

/** Largest matrix generated, in elements (as the largest built-in sample). */
export const MAX_LLM_ELEMENTS = 1 << 24;

function assertDim(v: number, name: string, min: number): void {
  if (!Number.isInteger(v) || v < min) throw new RangeError(`${name} must be an integer ≥ ${min}, got ${v}`);
}

function assertSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed must be an integer in [0, 2^32), got ${seed}`);
}

function assertSize(rows: number, cols: number): void {
  if (rows * cols > MAX_LLM_ELEMENTS) throw new RangeError(`${rows}×${cols} exceeds ${MAX_LLM_ELEMENTS} elements`);
}

/** k distinct channel indices in [0, n), drawn first from r (partial Fisher–Yates), ascending. */
function pickChannels(r: Random, n: number, k: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(r.uniform() * (n - i));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, k).sort((a, b) => a - b);
}

function assertActivationSpec(spec: LlmActivationSpec): void {
  assertDim(spec.tokens, 'tokens', 1);
  assertDim(spec.channels, 'channels', 1);
  assertDim(spec.outlierChannels, 'outlierChannels', 0);
  if (spec.outlierChannels > spec.channels)
    throw new RangeError(`outlierChannels (${spec.outlierChannels}) exceeds channels (${spec.channels})`);
  assertSeed(spec.seed);
  assertSize(spec.tokens, spec.channels);
}

/** The outlier channel indices (ascending) that {@link llmActivations} gives the same spec. */
export function llmOutlierChannels(spec: LlmActivationSpec): number[] {
  assertActivationSpec(spec);
  return pickChannels(createRandom(spec.seed), spec.channels, spec.outlierChannels);
}

/**
 * Transformer-style activations X (tokens×channels, row-major, element (t, c) at t·channels + c), deterministic in
 * the spec: channel c is N(μ_c, σ_c²) with σ_c log-normal around 1 (e^(0.3·N(0,1))) and |μ_c| ≲ 0.3; each outlier
 * channel (as in LLM.int8() / SmoothQuant) has σ_c = f and μ_c scaled by f, f drawn uniformly from [50, 100].
 */
export function llmActivations(spec: LlmActivationSpec): Float32Array {
  assertActivationSpec(spec);
  const { tokens, channels } = spec;
  const r = createRandom(spec.seed);
  const outliers = pickChannels(r, channels, spec.outlierChannels);
  const sigma = new Float64Array(channels);
  const mu = new Float64Array(channels);
  for (let c = 0; c < channels; c++) {
    sigma[c] = Math.exp(0.3 * r.normal());
    mu[c] = 0.1 * r.normal();
  }
  for (const c of outliers) {
    const factor = 50 + 50 * r.uniform();
    sigma[c] = factor; // the typical channel's σ is 1 (median of the log-normal)
    mu[c] *= factor;
  }
  const X = new Float32Array(tokens * channels);
  for (let t = 0; t < tokens; t++) {
    for (let c = 0; c < channels; c++) X[t * channels + c] = mu[c] + sigma[c] * r.normal();
  }
  return X;
}

/** Linear-layer weights W (channels×out, row-major), N(0, 1/channels) as a default PyTorch-scale init; deterministic in the spec. */
export function llmWeights(spec: LlmWeightSpec): Float32Array {
  assertDim(spec.channels, 'channels', 1);
  assertDim(spec.out, 'out', 1);
  assertSeed(spec.seed);
  assertSize(spec.channels, spec.out);
  const r = createRandom(spec.seed);
  const std = 1 / Math.sqrt(spec.channels);
  return Float32Array.from({ length: spec.channels * spec.out }, () => std * r.normal());
}
