import { matMulError, type MatMulError } from '../core';
import { columnAbsMax, rowAbsMax, smoothQuantSync } from '../core/math';
import { llmActivations, llmOutlierChannels, llmWeights } from '../samples/llm';
import { SMOOTH_SHAPE } from './smoothShape';


export interface SmoothLabResult {
  /** Per input channel j: max|X_j| and max|W_j| before smoothing, and after (X·diag(s)⁻¹, diag(s)·W). */
  xAbsMax: Float64Array;
  wAbsMax: Float64Array;
  xSmoothAbsMax: Float64Array;
  wSmoothAbsMax: Float64Array;
  outlierChannels: number[];
  /** int8 per-tensor errors of X, W and the product X·W, before and after smoothing. */
  before: MatMulError;
  after: MatMulError;
}

/** SmoothQuant with strength α ∈ [0, 1] on the seeded LLM-like matrices, with int8 errors before and after. */
export async function smoothLab(alpha: number, seed: number): Promise<SmoothLabResult> {
  const { tokens, channels, out, outlierChannels } = SMOOTH_SHAPE;
  const spec = { tokens, channels, outlierChannels, seed };
  const X = llmActivations(spec);
  const W = llmWeights({ channels, out, seed: seed + 1 });
  const s = smoothQuantSync(X, [tokens, channels], W, [channels, out], alpha);
  return {
    xAbsMax: columnAbsMax(X, tokens, channels),
    wAbsMax: rowAbsMax(W, channels, out),
    xSmoothAbsMax: columnAbsMax(s.X, tokens, channels),
    wSmoothAbsMax: rowAbsMax(s.W, channels, out),
    outlierChannels: llmOutlierChannels(spec),
    before: await matMulError(X, [tokens, channels], W, [channels, out]),
    after: await matMulError(s.X, [tokens, channels], s.W, [channels, out]),
  };
}
