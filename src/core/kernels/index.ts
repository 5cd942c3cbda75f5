/** Public surface of the WebAssembly SIMD kernels; the core's functions pick them up by themselves. */
export { allocTensor } from './kernel';
