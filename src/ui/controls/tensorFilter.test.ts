import { describe, expect, it } from 'vitest';
import { matchesFilter } from './tensorFilter';

const kernel = { name: 'conv_dw_1/depthwise_kernel', dtype: 'float32', shape: [3, 3, 48, 1] };

describe('matchesFilter', () => {
  it('matches the shape as it is displayed and as it is typed', () => {
    for (const f of ['3×3', '3 × 3 × 48 × 1', '[3 × 3 × 48 × 1]', '3x3x48x1', '3, 3, 48', '48x1', '3 3'])
      expect(matchesFilter(kernel, f), f).toBe(true);
  });
  it('matches whole dimensions only, in order', () => {
    expect(matchesFilter(kernel, '8x1')).toBe(false);
    expect(matchesFilter(kernel, '48×3')).toBe(false);
  });
  it('matches the name and the dtype, case-insensitive', () => {
    expect(matchesFilter(kernel, 'DEPTHWISE')).toBe(true);
    expect(matchesFilter(kernel, 'float32')).toBe(true);
    expect(matchesFilter(kernel, 'bias')).toBe(false);
  });
});
