/** The public calibrate API: shape of results per mode, async form, large-input path, no tfjs. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CalibMethod, QuantSpec } from '../types';
import { calibrate, calibrateMany, calibrateSync } from './calibrate';
import { qparams } from '../quant/qparams';
import { quantErrorSync } from '../quant/quantError';
import { generateSample } from '../../samples/samples';
import { absHistogram } from './absHistogram';
import { mseAmax } from './mse';
import { mseAmaxBinCentre } from './mseBinCentre';
import { REFINE_SAMPLE, trueMse } from './refine';
import { fixture, spec, tensor } from '../../../tests/helpers/calib';

const METHODS: CalibMethod[] = [
  { kind: 'max' },
  { kind: 'percentile', percentile: 99.9 },
  { kind: 'entropy' },
  { kind: 'mse' },
  { kind: 'histogram-observer' },
];

describe('calibrate', () => {
  const x = tensor('laplace-outliers');
  const { min, max } = fixture.tensors['laplace-outliers'];

  it.each(METHODS.map((m) => [m.kind, m] as const))(
    '%s: the Promise form equals the sync core; ranges are ordered and finite',
    async (_, m) => {
      for (const name of Object.keys(fixture.specs)) {
        const s = spec(name);
        const r = await calibrate(x, m, s);
        expect(r).toEqual(calibrateSync(x, m, s));
        expect(Number.isFinite(r.min) && Number.isFinite(r.max) && r.min <= r.max).toBe(true);
        if (s.mode === 'symmetric' && m.kind !== 'histogram-observer') expect(r.min).toBe(-r.max);
        if (s.mode === 'affine' && m.kind !== 'histogram-observer') expect(r.min >= min && r.max <= max).toBe(true);
      }
    },
  );

  it('affine entropy is the symmetric threshold cut to the data range', () => {
    const sym = calibrateSync(x, { kind: 'entropy' }, spec('int8-symmetric'));
    const aff = calibrateSync(x, { kind: 'entropy' }, spec('int8-affine'));
    expect(aff).toEqual({ min: Math.max(min, sym.min), max: Math.min(max, sym.max) });
    const relu = tensor('relu'); // ≥ 0 on an affine grid: unsigned, 2^bits merge groups
    expect(calibrateSync(relu, { kind: 'entropy' }, spec('uint8-affine')).min).toBe(0);
  });

  it('mse on a tensor above REFINE_SAMPLE (subsampled search) still beats the bin-centre pick on all the data', () => {
    const big = new Float32Array(REFINE_SAMPLE + 300_001);
    for (let i = 0; i < big.length; i++) big[i] = x[i % x.length] * (1 + ((i * 7919) % 1000) / 1e4);
    for (const s of [spec('int8-symmetric'), spec('int4-symmetric')] as QuantSpec[]) {
      const h = absHistogram(big);
      const ours = mseAmax(big, h, s);
      const peer = mseAmaxBinCentre(h, s);
      expect(trueMse(big, { min: -ours, max: ours }, s)).toBeLessThanOrEqual(trueMse(big, { min: -peer, max: peer }, s) * (1 + 1e-12));
    }
  });

  it('16-bit specs run and return a range inside the data', () => {
    const s: QuantSpec = { bits: 16, mode: 'symmetric', signed: true, narrowRange: false };
    for (const m of METHODS) {
      const r = calibrateSync(x, m, s);
      // HistogramObserver's min + width·(end + 1) in float32 may land one ulp past the maximum, as torch's does.
      expect(r.max).toBeLessThanOrEqual(Math.max(-min, max) * (m.kind === 'histogram-observer' ? 1 + 2 ** -23 : 1));
      expect(r.max).toBeGreaterThan(0);
    }
  });

  it('uses no tfjs (plain typed arrays, so nothing to leak)', () => {
    const dir = new URL('.', import.meta.url);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      expect(readFileSync(new URL(f, dir), 'utf8')).not.toMatch(/tensorflow|from '\.\.\/tf'|backend/);
    }
  });
});

describe('the MSE calibrator', () => {
  const methods: CalibMethod[] = [
    { kind: 'max' },
    { kind: 'percentile', percentile: 99.99 },
    { kind: 'percentile', percentile: 99.9999 },
    { kind: 'entropy' },
    { kind: 'histogram-observer' },
    { kind: 'mse' },
  ];
  it.each([
    ['gelu-outliers', 'affine'],
    ['gelu-outliers', 'symmetric'],
    ['laplace-outliers', 'affine'],
    ['laplace-outliers', 'symmetric'],
    ['relu', 'affine'],
  ] as const)('has the lowest true MSE of all calibrators on %s (%s)', (id, mode) => {
    const x = generateSample({ id, seed: 5, size: 1 << 16 });
    const spec: QuantSpec = { bits: 8, mode, signed: true, narrowRange: false };
    const errors = calibrateMany(x, methods, spec).map((r) => quantErrorSync(x, qparams(r, spec)).mse);
    const mse = errors[errors.length - 1];
    expect(mse).toBeLessThanOrEqual(Math.min(...errors) * (1 + 1e-9));
  });
});
