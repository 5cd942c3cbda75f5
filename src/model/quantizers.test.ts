import { describe, expect, it } from 'vitest';
import { activationParams, calibMethod, fakeQuantWeight, weightParams } from './quantizers';
import type { DenseLayer } from './types';

const layer: DenseLayer = {
  name: 'fc',
  inDim: 3,
  outDim: 2,
  activation: 'linear',
  weight: Float32Array.of(0.7, -0.1, 0.35, 2, 1, -0.5),
  bias: new Float32Array(2),
};

describe('weight quantizer (symmetric narrow range)', () => {
  it('uses scale = amax/(2^(b−1)−1) per output row, codes in [−(2^(b−1)−1), 2^(b−1)−1]', () => {
    const p = weightParams(layer, { bits: 4, granularity: 'per-channel' });
    expect(p.map((q) => [q.qmin, q.qmax, q.zeroPoint])).toEqual([
      [-7, 7, 0],
      [-7, 7, 0],
    ]);
    expect(p[0].scale).toBe(Math.fround(0.7 / 7));
    expect(p[1].scale).toBe(Math.fround(2 / 7));
  });

  it('per tensor uses one amax; the row maxima are kept exactly', () => {
    const w = fakeQuantWeight(layer, { bits: 4, granularity: 'per-tensor' });
    expect(w[3]).toBe(2);
    expect(w[0]).toBeCloseTo((2 / 7) * 2, 6); // 0.7 → code 2 of step 2/7 (2.45 rounds to 2)
    const c = fakeQuantWeight(layer, { bits: 4, granularity: 'per-channel' });
    expect(c[0]).toBeCloseTo(0.7, 6);
  });
});

describe('activation quantizer', () => {
  it('symmetric is signed narrow range, affine unsigned with the range widened to 0', () => {
    expect(activationParams({ min: -1, max: 2 }, { bits: 8, mode: 'symmetric' })).toMatchObject({
      scale: Math.fround(2 / 127),
      qmin: -127,
      qmax: 127,
      zeroPoint: 0,
    });
    const a = activationParams({ min: 0.5, max: 2 }, { bits: 4, mode: 'affine' });
    expect(a).toMatchObject({ qmin: 0, qmax: 15, zeroPoint: 0, scale: Math.fround(2 / 15) });
  });

  it('maps every report method name to a core calibrator and refuses others', () => {
    expect(calibMethod('percentile-99.99')).toEqual({ kind: 'percentile', percentile: 99.99 });
    expect(calibMethod('histogram')).toEqual({ kind: 'histogram-observer' });
    expect(() => calibMethod('kl')).toThrow(/unknown calibration method "kl"/);
  });
});
