/** The quantization settings every overview figure uses (fixed, so rows of different files compare). */
import type { QuantSpec } from '../core/math';

/** Symmetric signed int8, narrow range [−127, 127]: scale = absmax/127 (TensorRT's weight setting). */
export const INT8: QuantSpec = { bits: 8, mode: 'symmetric', signed: true, narrowRange: true };
/** Symmetric signed int4 for groups: scale = group absmax/7 (the core's group-wise formula). */
export const INT4: QuantSpec = { bits: 4, mode: 'symmetric', signed: true, narrowRange: true };
/** Group size along the last axis for the int4 figure. */
export const GROUP_SIZE = 128;
/** Outliers lie more than this many standard deviations from the mean. */
export const OUTLIER_SIGMAS = 6;
/** Bins of each tensor's histogram (the estimates' resolution). */
export const OVERVIEW_HIST_BINS = 2048;
