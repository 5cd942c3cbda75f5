/** Block formats (ggml Q8_0, Q4_0, Q4_K; OCP MXFP4; NVIDIA NVFP4): requantize a float tensor, measure the cost. */
export {
  BLOCK_FORMATS,
  BLOCK_LAYOUT,
  bitsPerWeight,
  blockError,
  finiteAbsMax,
  requantize,
  requantizeBlocks,
  blockCount,
  type BlockFormat,
  type BlockQuantResult,
} from './requantize';
export { E2M1, roundE2M1, mxScale, nvTensorScale } from './fp4';
export { q4KQuantize, q4KDequantize, type Q4KBlock } from './q4k';
