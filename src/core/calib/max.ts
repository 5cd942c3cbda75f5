// Reference: NVIDIA TensorRT tools/pytorch-quantization/pytorch_quantization/calib/max.py (MaxCalibrator:
// amax = max |x|) and torch.ao.quantization.MinMaxObserver (min_val, max_val = aminmax(x)). Matched exactly;
// NaN/±Inf are left out (the peers would propagate them).
import type { QuantSpec, Range } from '../types';
import type { TensorStats } from '../hist/tensorStats';

/** Max calibration from tensor statistics, real units: symmetric specs ±max|x|, affine specs [min, max] of the finite data. */
export function maxRange(stats: Pick<TensorStats, 'min' | 'max'>, spec: QuantSpec): Range {
  if (spec.mode === 'symmetric') {
    const amax = Math.max(-stats.min, stats.max, 0);
    return { min: 0 - amax, max: amax }; // 0 − 0 is +0, never −0
  }
  return { min: stats.min, max: stats.max };
}
