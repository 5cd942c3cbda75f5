import { describe, expect, it } from 'vitest';
import { fakeQuantize } from './fakeQuantize';
import { fakeQuantizeSync } from './fakeQuantizeSync';
import { qparams } from './qparams';
import { generateSample } from '../../samples/samples';

describe('fakeQuantizeSync', () => {
  it.each([2, 4, 8, 16])('agrees with the tfjs fakeQuantize value for value at %i bits', async (bits) => {
    const x = generateSample({ id: 'laplace-outliers', seed: 11, size: 4096 });
    const p = qparams({ min: -0.3, max: 0.2 }, { bits, mode: 'affine', signed: true, narrowRange: false });
    expect(fakeQuantizeSync(x, p)).toEqual(await fakeQuantize(x, p));
  });
});
