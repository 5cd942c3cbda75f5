/** Test-only helpers for the charts' snapshot tests: static SVG markup with rounded numbers, seeded data. */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { histogram, qparams, rint, type Histogram, type QuantSpec } from '../../src/core/math';
import { generateSample } from '../../src/samples/samples';
import type { CalibrationRow } from '../../src/worker/api';

/** A view's static SVG markup with every number rounded to 3 decimals and one element per line, for a readable, stable snapshot. */
export function svgSnapshot(element: ReactElement): string {
  return renderToStaticMarkup(element)
    .replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Number(Number(n).toFixed(3))))
    .replace(/></g, '>\n<');
}

/** The default sample (Laplace with outliers, seed 1, 16 384 values) and its histogram over [min, max] in `bins` bins. */
export function seededHistogram(bins = 64): { data: Float32Array; hist: Histogram } {
  const data = generateSample({ id: 'laplace-outliers', seed: 1, size: 16384 });
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of data) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  return { data, hist: histogram(data, lo, hi, bins) };
}

/** counts[k] = values of `data` on code qmin + k under the parameters of `range` and `spec` (a plain loop; small data only). */
export function codeCounts(data: Float32Array, range: { min: number; max: number }, spec: QuantSpec): Float64Array {
  const p = qparams(range, spec);
  const out = new Float64Array(p.qmax - p.qmin + 1);
  const inv = Math.fround(1 / p.scale);
  for (const v of data) {
    const q = Math.min(Math.max(rint(Math.fround(v * inv)) + p.zeroPoint, p.qmin), p.qmax);
    out[q - p.qmin]++;
  }
  return out;
}

/** A calibrator's row for [min, max] with its parameters under `spec` and zero error figures (for views and state that read the method and the range). */
export function calibrationRow(method: CalibrationRow['method'], min: number, max: number, spec: QuantSpec): CalibrationRow {
  return {
    method,
    range: { min, max },
    params: qparams({ min, max }, spec),
    stats: { mse: 0, sqnrDb: 0, maxAbsError: 0, clipped: 0, levelsUsed: 0 },
  };
}
