/** The bounded bin-centre MSE search picks exactly what a plain scan over every candidate picks. */
import { describe, expect, it } from 'vitest';
import type { QuantSpec } from '../types';
import { qparams } from '../quant/qparams';
import { rint } from '../quant/rint';
import type { AbsHistogram } from './absHistogram';
import { absCentre, MSE_START_BIN, mseAmaxBinCentre } from './mseBinCentre';

/** The search written out plainly: every candidate's error summed over every bin in order, the first minimum kept. */
function plainScan(h: AbsHistogram, spec: QuantSpec): number {
  let best = Infinity;
  let bestAmax = h.amax;
  for (let i = MSE_START_BIN; i < h.counts.length; i++) {
    const p = qparams({ min: -absCentre(h, i), max: absCentre(h, i) }, spec);
    const inv = Math.fround(1 / p.scale);
    let sum = 0;
    for (let j = 0; j < h.counts.length; j++) {
      if (h.counts[j] === 0) continue;
      const c = absCentre(h, j);
      const e = Math.fround(Math.min(rint(Math.fround(c * inv)), p.qmax - p.zeroPoint) * p.scale) - c;
      sum += h.counts[j] * e * e;
    }
    if (sum < best) [best, bestAmax] = [sum, absCentre(h, i)];
  }
  return bestAmax;
}

describe('mseAmaxBinCentre', () => {
  it('equals the plain scan bit for bit on Gaussian, exponential, sparse and flat histograms with outliers', () => {
    let seed = 11;
    const random = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const specs: QuantSpec[] = [
      { bits: 8, mode: 'symmetric', signed: true, narrowRange: true },
      { bits: 4, mode: 'symmetric', signed: true, narrowRange: false },
    ];
    for (let t = 0; t < 24; t++) {
      const bins = [2048, 512, 300][t % 3];
      const counts = Float64Array.from({ length: bins }, (_, j) => {
        const u = j / bins;
        const shape = [Math.exp(-((u * 8) ** 2) / 2) * 1e5, Math.exp(-u * 30) * 1e6, random() < 0.3 ? 50 : 0, 1000 * (1 - u)][t % 4];
        return random() < 0.05 ? 0 : Math.floor(shape * random());
      });
      counts[bins - 1] = t % 2; // a lone outlier at the top, or none
      const h: AbsHistogram = { counts, amax: 0.01 + 10 * random(), finite: 1, zeros: 0 };
      for (const s of specs) expect(mseAmaxBinCentre(h, s)).toBe(plainScan(h, s));
    }
  });
});
