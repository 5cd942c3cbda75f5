/** Degenerate tensors give finite ranges; bad arguments throw RangeError. */
import { describe, expect, it } from 'vitest';
import type { CalibMethod, QuantSpec } from '../types';
import { qparams } from '../quant/qparams';
import { absHistogram } from './absHistogram';
import { calibrate, calibrateSync } from './calibrate';
import { entropyAmax } from './entropy';
import { mseAmaxBinCentre } from './mseBinCentre';
import { percentileAmax } from './percentile';

const METHODS: CalibMethod[] = [
  { kind: 'max' },
  { kind: 'percentile', percentile: 99.99 },
  { kind: 'percentile', percentile: 100 },
  { kind: 'entropy' },
  { kind: 'mse' },
  { kind: 'histogram-observer' },
];
const SPECS: QuantSpec[] = [
  { bits: 8, mode: 'symmetric', signed: true, narrowRange: false },
  { bits: 8, mode: 'affine', signed: false, narrowRange: false },
  { bits: 4, mode: 'affine', signed: true, narrowRange: true },
];
const all = METHODS.flatMap((m) =>
  SPECS.map((s) => [`${m.kind}${'percentile' in m ? ` ${m.percentile}` : ''} ${s.bits}-bit ${s.mode}`, m, s] as const),
);

describe.each(all)('%s', (_, method, s) => {
  const sym = s.mode === 'symmetric';

  it('no finite element, empty, or all zero → [0, 0], which qparams turns into the 2^−23 scale', () => {
    for (const x of [new Float32Array(0), new Float32Array(64), Float32Array.of(NaN, Infinity, -Infinity), Float32Array.of(-0, 0)]) {
      const r = calibrateSync(x, method, s);
      expect(r).toEqual({ min: 0, max: 0 });
      expect(Object.is(r.min, -0)).toBe(false);
      expect(qparams(r, s).scale).toBe(2 ** -23);
    }
  });

  it('a constant c (or one element) → ±|c| symmetric, [min(c, 0), max(c, 0)] affine', () => {
    for (const c of [2.5, -0.75, 3e38]) {
      for (const x of [new Float32Array(100).fill(c), Float32Array.of(c), Float32Array.of(c, NaN, c, Infinity)]) {
        const f = Math.fround(c);
        expect(calibrateSync(x, method, s)).toEqual(
          sym ? { min: -Math.abs(f), max: Math.abs(f) } : { min: Math.min(f, 0), max: Math.max(f, 0) },
        );
      }
    }
  });

  it('extreme magnitudes (±3e38, denormals) still give a finite ordered range', () => {
    const x = Float32Array.of(3e38, -3e38, 1e-45, -1e-30, 0, 1, -2, 2.5e38, 1e30);
    const r = calibrateSync(x, method, s);
    expect(Number.isFinite(r.min) && Number.isFinite(r.max) && r.min <= r.max).toBe(true);
  });

  it('NaN/±Inf are ignored: the range is that of the finite elements, and finite', () => {
    const finite = new Float32Array(3000);
    for (let i = 0; i < finite.length; i++) finite[i] = Math.sin(i * 12.9898) * 3 + (i % 97 === 0 ? 20 : 0);
    const dirty = new Float32Array(finite.length + 6);
    dirty.set(finite, 3);
    dirty.set([NaN, Infinity, -Infinity], 0);
    dirty.set([-Infinity, NaN, Infinity], finite.length + 3);
    const r = calibrateSync(dirty, method, s);
    expect(Number.isFinite(r.min) && Number.isFinite(r.max) && r.min <= r.max).toBe(true);
    if (method.kind !== 'mse') expect(r).toEqual(calibrateSync(finite, method, s)); // mse's subsample stride differs
  });
});

describe('argument checks', () => {
  const x = Float32Array.of(1, 2, 3);
  const s = SPECS[0];
  it.each([0, -1, 100.5, NaN, Infinity])('percentile %s throws RangeError, also on degenerate data', (p) => {
    const m: CalibMethod = { kind: 'percentile', percentile: p };
    expect(() => calibrateSync(x, m, s)).toThrow(RangeError);
    expect(() => calibrateSync(new Float32Array(0), m, s)).toThrow(/percentile must be a number in \(0, 100\]/);
    expect(() => percentileAmax(absHistogram(x), p)).toThrow(RangeError);
  });
  it('the async form rejects the same way', async () => {
    await expect(calibrate(x, { kind: 'percentile', percentile: 0 }, s)).rejects.toThrow(RangeError);
  });
  it('bits outside 2…16 throw RangeError', () => {
    expect(() => calibrateSync(x, { kind: 'max' }, { ...s, bits: 17 })).toThrow(RangeError);
  });
  it('histogram functions accept the all-zero histogram', () => {
    const h = absHistogram(new Float32Array(10));
    expect(h.amax).toBe(0);
    expect(h.counts[0]).toBe(10);
    expect(percentileAmax(h, 50)).toBe(0);
    expect(entropyAmax(h, false)).toBe(0);
    expect(mseAmaxBinCentre(h, s)).toBe(0);
  });
});
