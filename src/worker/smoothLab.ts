import { matMulError, type MatMulError } from '../core';
import { columnAbsMax, histogram, histogramDomain, rowAbsMax, smoothQuantSync, tensorStats, type Histogram } from '../core/math';
import { llmActivations, llmOutlierChannels, llmWeights } from '../samples/llm';
import { SMOOTH_SHAPE } from '../shared/labs';

export interface SmoothLabResult {
  /** Per input channel j: max|X_j| and max|W_j| before smoothing, and after (X·diag(s)⁻¹, diag(s)·W). */
  xAbsMax: Float64Array;
  wAbsMax: Float64Array;
  xSmoothAbsMax: Float64Array;
  wSmoothAbsMax: Float64Array;
  outlierChannels: number[];
  /** Value histograms (128 bins over each matrix's own range) of X, X·diag(s)⁻¹, W and diag(s)·W. */
  histograms: { x: Histogram; xSmooth: Histogram; w: Histogram; wSmooth: Histogram };
  /** int8 per-tensor errors of X, W and the product X·W, before and after smoothing. */
  before: MatMulError;
  after: MatMulError;
}

/** The user's own matrices: X (tokens × channels) and W (channels × out), row-major. */
export interface OwnMatrices {
  X: Float32Array;
  xShape: number[];
  W: Float32Array;
  wShape: number[];
}

/** Channels whose max|X_j| is over 10× the median channel's: the outliers to colour. */
function outliersOf(xAbsMax: Float64Array): number[] {
  const sorted = Float64Array.from(xAbsMax).sort();
  const median = sorted[Math.floor(sorted.length / 2)];
  const out: number[] = [];
  xAbsMax.forEach((v, j) => v > 10 * median && out.push(j));
  return out;
}

/** SmoothQuant with strength α ∈ [0, 1] on the seeded LLM-like matrices (or the user's own), with int8 errors before and after. */
export async function smoothLab(alpha: number, seed: number, own: OwnMatrices | null = null): Promise<SmoothLabResult> {
  const { outlierChannels } = SMOOTH_SHAPE;
  let X: Float32Array;
  let W: Float32Array;
  let tokens: number;
  let channels: number;
  let out: number;
  if (own) {
    if (own.xShape.length !== 2 || own.wShape.length !== 2) {
      throw new RangeError(`X and W must be matrices: X is [${own.xShape.join(', ')}], W is [${own.wShape.join(', ')}]`);
    }
    [tokens, channels] = own.xShape;
    out = own.wShape[1];
    if (own.wShape[0] !== channels)
      throw new RangeError(`X has ${channels} columns (channels) but W has ${own.wShape[0]} rows: they must match`);
    [X, W] = [own.X, own.W];
  } else {
    ({ tokens, channels, out } = SMOOTH_SHAPE);
    X = llmActivations({ tokens, channels, outlierChannels, seed });
    W = llmWeights({ channels, out, seed: seed + 1 });
  }
  const s = smoothQuantSync(X, [tokens, channels], W, [channels, out], alpha);
  const xAbsMax = columnAbsMax(X, tokens, channels);
  return {
    xAbsMax,
    wAbsMax: rowAbsMax(W, channels, out),
    xSmoothAbsMax: columnAbsMax(s.X, tokens, channels),
    wSmoothAbsMax: rowAbsMax(s.W, channels, out),
    outlierChannels: own ? outliersOf(xAbsMax) : llmOutlierChannels({ tokens, channels, outlierChannels, seed }),
    histograms: { x: valueHistogram(X), xSmooth: valueHistogram(s.X), w: valueHistogram(W), wSmooth: valueHistogram(s.W) },
    before: await matMulError(X, [tokens, channels], W, [channels, out]),
    after: await matMulError(s.X, [tokens, channels], s.W, [channels, out]),
  };
}

/** 128-bin histogram of a matrix's values over its own finite range. */
function valueHistogram(m: Float32Array): Histogram {
  const { min, max } = tensorStats(m);
  const { lo, hi } = histogramDomain(min, max);
  return histogram(m, lo, hi, 128);
}
