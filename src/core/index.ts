/** The public API of the quantization core (DESIGN §3): plain typed arrays in, plain values out. No DOM. */
export type { Mode, QuantSpec, QuantParams, ErrorStats, CalibMethod, Range } from './types';
export { qparams, codeRange, assertBits, MIN_BITS, MAX_BITS, MIN_SCALE } from './quant/qparams';
export { rint } from './quant/rint';
export { quantize, fakeQuantize } from './quant/fakeQuantize';
export { quantError, quantErrorSync, sqnrDb } from './quant/quantError';
export { estimateError } from './quant/estimateError';
export { histogram, accumulateHistogram, emptyHistogram, binWidth, histogramDomain, type Histogram } from './hist/histogram';
export { tensorStats, type TensorStats } from './hist/tensorStats';
export { activation, gelu, erfc, ACTIVATIONS, type ActivationFn } from './activations';
export { initBackend, hasRealGpu, type WasmPaths } from './backend';
