import { describe, expect, it } from 'vitest';
import { activationLab, type ActivationLabRequest } from './activationLab';

const base: ActivationLabRequest = {
  fn: 'gelu',
  clamp: 10,
  sigma: 3,
  seed: 1,
  size: 1 << 16,
  spec: { bits: 8, mode: 'symmetric', signed: true, narrowRange: false },
  input: 'gaussian',
};

describe('activation lab', () => {
  it('shows the article: GELU outputs with outliers keep no negative level under max, GELU10 keeps two', () => {
    const rows = new Map(activationLab(base, new Float32Array(0)).rows.map((r) => [r.id, r]));
    expect(rows.get('max')?.negativeLevels).toBe(0);
    expect(rows.get('gelu10')?.negativeLevels).toBe(2);
    expect(rows.get('gelu10')?.mseCore).toBeLessThan((rows.get('max')?.mseCore ?? 0) / 10);
  });
  it('halves the step with an asymmetric range, which lowers the MSE but still loses the negatives', () => {
    const rows = new Map(activationLab(base, new Float32Array(0)).rows.map((r) => [r.id, r]));
    const affine = rows.get('max-affine');
    expect(affine?.params.scale).toBeLessThan((rows.get('max')?.params.scale ?? 0) * 0.51);
    expect(affine?.mse).toBeLessThan(rows.get('max')?.mse ?? 0);
    expect(affine?.negativeLevels).toBe(0);
  });
  it('marks the GELU minimum and offers no GELU10 row for ReLU', () => {
    const gelu = activationLab(base, new Float32Array(0));
    expect(gelu.minimum?.y).toBeCloseTo(-0.17, 3);
    const relu = activationLab({ ...base, fn: 'relu' }, new Float32Array(0));
    expect(relu.minimum).toBeNull();
    expect(relu.rows.some((r) => r.id === 'gelu10')).toBe(false);
  });
});

describe('activation lab on a loaded tensor', () => {
  it('uses the given pre-activations instead of the Gaussian', () => {
    const x = Float32Array.from({ length: 1000 }, (_, i) => (i - 500) / 50); // −10 … 10, no outliers
    const rows = new Map(activationLab({ ...base, input: 'loaded' }, x).rows.map((r) => [r.id, r]));
    expect(rows.get('max')?.range.max).toBeCloseTo(9.98, 2); // GELU(9.98), not the outliers near 100
    expect(rows.get('max')?.negativeLevels).toBeGreaterThan(0);
  });
});
