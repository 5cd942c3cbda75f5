/** Whole-model overview: per-tensor statistics streamed over every tensor of a source (pure; Node and Workers). */
export type { BestCalibrator, EstimatedField, OverviewRow, TensorOverview, TensorOverviewError } from './types';
export { hasStats } from './types';
export { overviewAccumulator, HOLD_ELEMENTS, MAX_SEGMENT, type TensorHead, type AccumulatorLimits } from './accumulator';
export { scanTensor, scanSource, tensorHeads, SCAN_CHUNK_BYTES, type ScanHooks } from './scan';
export { INT8, INT4, GROUP_SIZE, OUTLIER_SIGMAS } from './spec';
export { scanOrder } from './order';
