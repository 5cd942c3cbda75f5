import { describe, expect, it } from 'vitest';
import { scanOrder } from './order';

const t = (...shape: number[]) => ({ shape });

describe('scan order', () => {
  it('takes the smallest tensor first, then the rest largest first (ties in listing order)', () => {
    expect(scanOrder([t(64, 64), t(8), t(4096, 4096), t(64, 64), t(8), t(1024)])).toEqual([1, 2, 0, 3, 5, 4]);
  });
  it('visits every tensor once, a scalar counting as one element; nothing for an empty listing', () => {
    expect(scanOrder([t(3), t(), t(2, 2)])).toEqual([1, 2, 0]);
    expect(scanOrder([])).toEqual([]);
  });
});
