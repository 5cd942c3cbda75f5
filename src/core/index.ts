/** The public API of the quantization core (DESIGN §3): plain typed arrays in, plain values out. No DOM. */
export * from './math';
export { quantize, fakeQuantize } from './quant/fakeQuantize';
export { codeHistogram } from './quant/codeHistogram';
export { quantError } from './quant/quantError';
export { initBackend, hasRealGpu, type WasmPaths } from './backend';
export { matMulError, INT8_SYMMETRIC, type MatMulError } from './smooth/matMulError';
export { fakeQuantSTE, fakeQuantSTEWith, type SteKind, type ScaleTensors } from './qat/fakeQuantSTE';
