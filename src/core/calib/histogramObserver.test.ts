/** torch 1.13 HistogramObserver parity (tests/fixtures/calib/calib_ref.json, real torch via scripts/fixtures/gen_calib.py). */
import { describe, expect, it } from 'vitest';
import { qparams } from '../quant/qparams';
import { calibrateSync } from './calibrate';
import { histogramObserverRange } from './histogramObserver';
import { fixture, req, spec, tensor } from '../../../tests/helpers/calib';

describe('histogram-observer vs torch.ao.quantization.HistogramObserver', () => {
  it.each(fixture.histogramObserver.map((c) => [`${c.dtype} ${c.qscheme} · ${c.tensor}`, c] as const))('%s', (_, c) => {
    const x = tensor(c.tensor);
    const r = histogramObserverRange(x, spec(c.spec));
    // Within one bin width of torch's _non_linear_param_search (on these tensors it is exact, to the float32).
    expect(Math.abs(r.min - c.newMin)).toBeLessThanOrEqual(c.binWidth);
    expect(Math.abs(r.max - c.newMax)).toBeLessThanOrEqual(c.binWidth);
    expect(r).toEqual({ min: c.newMin, max: c.newMax });
    // …and calculate_qparams() is the core's qparams of that range.
    const p = qparams(r, spec(c.spec));
    expect(p.scale).toBe(c.scale);
    expect(p.zeroPoint).toBe(c.zeroPoint);
    expect(calibrateSync(x, { kind: 'histogram-observer' }, spec(c.spec))).toEqual(r);
  });

  it('reproduces 1.13 histogramming over int(min_val)…int(max_val); truncateEdges: false uses the true range', () => {
    // relu (max 4.18 → histogram up to 4) and laplace-outliers (±14.9 → ±14): torch's answer needs the truncation.
    for (const name of ['relu', 'laplace-outliers']) {
      const c = req(fixture.histogramObserver.find((h) => h.tensor === name && h.spec === 'uint8-affine'));
      const exact = histogramObserverRange(tensor(name), spec('uint8-affine'), { truncateEdges: false });
      expect(exact.max).toBeGreaterThan(c.newMax + c.binWidth);
      expect(exact.max).toBeLessThanOrEqual(c.maxVal);
    }
  });
});
