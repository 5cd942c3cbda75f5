/** The tfjs-free part of the core: safe to import on the main thread without pulling in tfjs. */
export type { Mode, QuantSpec, QuantParams, SliceParams, ErrorStats, CalibMethod, Range } from './types';
export { qparams, codeRange, assertBits, representableRange, MIN_BITS, MAX_BITS, MIN_SCALE } from './quant/qparams';
export { rint } from './quant/rint';
export { fakeQuantizeSync } from './quant/fakeQuantizeSync';
export { quantErrorSync, quantErrorCounts, sqnrDb } from './quant/quantError';
export { estimateError } from './quant/estimateError';
export { histogram, accumulateHistogram, emptyHistogram, binWidth, histogramDomain, rebin, type Histogram } from './hist/histogram';
export { tensorStats, mergeStats, statsFromSums, type TensorStats } from './hist/tensorStats';
export { degenerate, degenerateMessage, parseDegenerateMessage, type Degenerate } from './hist/degenerate';
export { growingHistogram, widenToCover } from './hist/growingHistogram';
export * from './activations'; // activation functions and their quantized outputs (src/core/activations)
export { smoothQuant, smoothQuantSync, type Smoothed } from './smooth/smoothQuant';
export { smoothScales, columnAbsMax, rowAbsMax, assertAlpha } from './smooth/scales';
export { matMulDims, assertMatrix, type MatShape, type MatMulDims } from './smooth/shapes';
export { productError, type ProductError } from './smooth/productError';
export * from './calib'; // calibrate, calibrateSync and the histogram-level calibrators (src/core/calib/index.ts)
export * from './granularity'; // per-channel (torch PerChannelMinMaxObserver) and group-wise quantization (src/core/granularity)
export * from './floats'; // fp16 / bf16 / OCP fp8 casts, their error and bit layouts (src/core/floats)
export * from './blocks'; // ggml Q8_0/Q4_0/Q4_K, OCP MXFP4 and NVIDIA NVFP4 requantization (src/core/blocks)
