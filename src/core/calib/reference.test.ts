/**
 * Calibrators against the numpy re-implementation of NVIDIA pytorch-quantization (calib/histogram.py, max.py)
 * and torch's MinMaxObserver, from tests/fixtures/calib/calib_ref.json (scripts/fixtures/gen_calib.py).
 */
import { describe, expect, it } from 'vitest';
import { histogram } from '../hist/histogram';
import { absHistogram } from './absHistogram';
import { calibrateSync } from './calibrate';
import { entropyAmax } from './entropy';
import { mseAmax, mseRange } from './mse';
import { mseAmaxBinCentre } from './mseBinCentre';
import { percentileAmax, percentileRange } from './percentile';
import { trueMse } from './refine';
import { fixture, req, spec, tensor, type RefCase } from '../../../tests/helpers/calib';

const label = (c: RefCase) => `${c.method}${c.percentile ? ` ${c.percentile}` : ''} · ${c.spec} · ${c.tensor}`;
const byMethod = (m: RefCase['method']) => fixture.cases.filter((c) => c.method === m);
const signedHistogram = (x: Float32Array) => {
  const t = fixture.tensors;
  return (name: string) => histogram(x, t[name].min, t[name].max, fixture.bins);
};

describe('percentile (peer: searchsorted on the cdf, lower bin edge)', () => {
  it.each(byMethod('percentile').map((c) => [label(c), c] as const))('%s exactly as the peer', (_, c) => {
    const x = tensor(c.tensor);
    if (c.amax !== undefined) {
      expect(percentileAmax(absHistogram(x), req(c.percentile))).toBe(c.amax);
      expect(calibrateSync(x, { kind: 'percentile', percentile: req(c.percentile) }, spec(c.spec)).max).toBe(
        percentileAmax(absHistogram(x), req(c.percentile)),
      );
    } else {
      const r = percentileRange(signedHistogram(x)(c.tensor), req(c.percentile));
      expect(r.max).toBe(req(c.max));
      // The one deliberate departure: the lower tail takes the lower edge of its bin (the peer mirrors the upper
      // tail and would take the upper edge, clipping GELU's dense bin at −0.17), so β sits exactly one bin lower.
      expect(r.min).toBeCloseTo(req(c.min) - c.binWidth, 12);
      expect(calibrateSync(x, { kind: 'percentile', percentile: req(c.percentile) }, spec(c.spec))).toEqual(r);
    }
  });
});

describe('entropy (peer: KL over stop bins 128…2048, last minimum)', () => {
  it.each(byMethod('entropy').map((c) => [label(c), c] as const))('%s exactly as the peer', (_, c) => {
    const x = tensor(c.tensor);
    const amax = entropyAmax(absHistogram(x), req(c.unsigned), spec(c.spec).bits);
    expect(amax).toBe(req(c.amax));
  });

  it('puts the GELU-with-outliers threshold far left of the maximum', () => {
    const x = tensor('gelu-outliers');
    const amax = fixture.tensors['gelu-outliers'].amax;
    for (const name of ['int8-symmetric', 'int4-symmetric']) {
      const r = calibrateSync(x, { kind: 'entropy' }, spec(name));
      expect(r.max).toBeLessThan(0.5 * amax);
      expect(r.min).toBe(-r.max);
    }
  });
});

describe('mse', () => {
  it.each(byMethod('mse-bin-centre').map((c) => [label(c), c] as const))('%s: bin-centre pick exactly as the peer', (_, c) => {
    const amax = mseAmaxBinCentre(absHistogram(tensor(c.tensor)), spec(c.spec));
    expect(amax).toBe(req(c.amax));
  });

  it.each(byMethod('mse-bin-centre').map((c) => [label(c), c] as const))('%s: refined true MSE ≤ the reference pick’s', (_, c) => {
    const x = tensor(c.tensor);
    const s = spec(c.spec);
    const ours = mseAmax(x, absHistogram(x), s);
    const mine = trueMse(x, { min: -ours, max: ours }, s);
    const ref = trueMse(x, { min: -req(c.amax), max: req(c.amax) }, s);
    expect(mine).toBeLessThanOrEqual(ref * (1 + 1e-12));
    expect(calibrateSync(x, { kind: 'mse' }, s)).toEqual({ min: -ours, max: ours });
  });

  it.each(Object.keys(fixture.tensors))('affine mse on %s has a true MSE no worse than max’s', (name) => {
    const x = tensor(name);
    for (const s of [spec('uint8-affine'), spec('int8-affine')]) {
      const r = mseRange(x, signedHistogram(x)(name), s);
      const max = { min: fixture.tensors[name].min, max: fixture.tensors[name].max };
      expect(trueMse(x, r, s)).toBeLessThanOrEqual(trueMse(x, max, s) * (1 + 1e-12));
      expect(calibrateSync(x, { kind: 'mse' }, s)).toEqual(r);
    }
  });
});

describe('max (peer MaxCalibrator; torch MinMaxObserver)', () => {
  it.each(Object.keys(fixture.tensors))('%s: exact', (name) => {
    const x = tensor(name);
    const { minVal, maxVal } = fixture.minmax[name];
    expect(calibrateSync(x, { kind: 'max' }, spec('uint8-affine'))).toEqual({ min: minVal, max: maxVal });
    const amax = Math.max(-minVal, maxVal);
    expect(calibrateSync(x, { kind: 'max' }, spec('int8-symmetric'))).toEqual({ min: -amax, max: amax });
    const ref = fixture.cases.find((c) => c.tensor === name && c.method === 'max' && c.spec === 'int8-symmetric');
    expect(absHistogram(x).amax).toBe(ref?.amax);
  });
});
