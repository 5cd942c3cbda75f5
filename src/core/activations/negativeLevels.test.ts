import { describe, expect, it } from 'vitest';
import { generateSample } from '../../samples/samples';
import { createRandom } from '../../samples/random';
import { activation, activationMinimum, negativeLevels } from '../activations';
import { calibrateMany } from '../calib';
import { qparams } from '../quant/qparams';
import { quantErrorSync } from '../quant/quantError';
import type { QuantSpec } from '../types';

const INT8_SYMMETRIC: QuantSpec = { bits: 8, mode: 'symmetric', signed: true, narrowRange: false };

/** Symmetric int8 max-calibrated qparams for y. */
function maxParams(y: Float32Array) {
  const [range] = calibrateMany(y, [{ kind: 'max' }], INT8_SYMMETRIC);
  return qparams(range, INT8_SYMMETRIC);
}

/** n seeded draws of N(0, σ²) as float32. */
function normal(n: number, sigma: number, seed: number): Float32Array {
  const r = createRandom(seed);
  return Float32Array.from({ length: n }, () => sigma * r.normal());
}

describe('negativeLevels', () => {
  it('counts distinct codes below the zero point, clamped codes included', () => {
    const p = { scale: 0.1, zeroPoint: 0, qmin: -4, qmax: 3 };
    // −0.04 → 0 (not counted), −0.06 → −1, −0.14/−0.1 → −1, −0.2 → −2, −5 → clamped to −4; positives ignored.
    expect(negativeLevels(Float32Array.from([-0.04, -0.06, -0.14, -0.1, -0.2, -5, 0.3, 0, NaN, -Infinity]), p)).toBe(3);
    expect(negativeLevels(Float32Array.from([0.5, 1, 2]), p)).toBe(0);
    expect(negativeLevels(new Float32Array(0), p)).toBe(0);
    // Affine uint8 with zp = 10: −0.5 → code 5 (relative −5); half-to-even at −0.25 → −2.
    expect(negativeLevels(Float32Array.from([-0.5, -0.25, -0.35]), { scale: 0.1, zeroPoint: 10, qmin: 0, qmax: 255 })).toBe(3);
    // A range that starts at the zero point has no negative codes.
    expect(negativeLevels(Float32Array.from([-1]), { scale: 0.1, zeroPoint: 0, qmin: 0, qmax: 255 })).toBe(0);
  });

  it("erases GELU's dip under symmetric int8 max calibration when outliers near 100 set the range", () => {
    const y = generateSample({ id: 'gelu-outliers', seed: 7, size: 1 << 16 });
    const p = maxParams(y);
    expect(Math.max(...y)).toBeGreaterThan(90); // the outliers are there
    const dip = activationMinimum('gelu').y;
    expect(Math.min(...y)).toBeGreaterThanOrEqual(dip - 1e-6);
    expect(y.filter((v) => v < 0).length).toBeGreaterThan(1 << 14); // about half the outputs are negative…
    expect(p.scale).toBeGreaterThan(0.7);
    expect(negativeLevels(y, p)).toBe(0); // …and every one of them rounds to code 0
    expect(quantErrorSync(y, p).levelsUsed).toBeLessThan(20);
  });

  it('keeps 2 negative levels with GELU10 (range [−10, 10]) on N(0, 3²)', () => {
    const y = activation(normal(1 << 16, 3, 11), 'gelu10');
    expect(Math.max(...y)).toBe(10); // the clamp sets the range
    const p = maxParams(y);
    expect(p.scale).toBe(Math.fround(10 / 127.5));
    expect(negativeLevels(y, p)).toBe(2); // −0.17 / 0.0784 = −2.17 → codes −1 and −2
  });
});
