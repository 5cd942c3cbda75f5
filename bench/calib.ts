/** `npx tsx bench/calib.ts`: wall time of each calibrator on 1M and 16M seeded values. Prints figures; asserts nothing. */
import {
  absHistogram,
  calibrateSync,
  entropyAmax,
  mseAmax,
  mseAmaxBinCentre,
  percentileAmax,
  type CalibMethod,
  type QuantSpec,
} from '../src/core/math';
import { generateSample } from '../src/samples/samples';
import { medianMs } from './timing';

const sym8: QuantSpec = { bits: 8, mode: 'symmetric', signed: true, narrowRange: false };
const aff8: QuantSpec = { bits: 8, mode: 'affine', signed: false, narrowRange: false };
const methods: [string, CalibMethod, QuantSpec][] = [
  ['max', { kind: 'max' }, sym8],
  ['percentile 99.99', { kind: 'percentile', percentile: 99.99 }, sym8],
  ['entropy', { kind: 'entropy' }, sym8],
  ['mse (symmetric)', { kind: 'mse' }, sym8],
  ['mse (affine)', { kind: 'mse' }, aff8],
  ['histogram-observer', { kind: 'histogram-observer' }, aff8],
];

console.log(`Node ${process.version}; median ms; sample gelu-outliers`);
for (const size of [1 << 20, 1 << 24]) {
  const x = generateSample({ id: 'gelu-outliers', seed: 1, size });
  const runs = size > 1 << 20 ? 5 : 9;
  const label = `${size / (1 << 20)}M`;
  const row = (op: string, ms: number) => console.log(`${label.padStart(4)}  ${op.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms`);
  for (const [name, method, spec] of methods) row(`calibrate: ${name}`, await medianMs(() => calibrateSync(x, method, spec), runs));
  const h = absHistogram(x);
  row('absHistogram (2048 bins of |x|)', await medianMs(() => absHistogram(x), runs));
  row('  from the histogram: percentileAmax', await medianMs(() => percentileAmax(h, 99.99), 51));
  row('  from the histogram: entropyAmax', await medianMs(() => entropyAmax(h, false), 21));
  row('  from the histogram: mseAmaxBinCentre', await medianMs(() => mseAmaxBinCentre(h, sym8), 21));
  row('  from the histogram + x: mseAmax (refined)', await medianMs(() => mseAmax(x, h, sym8), runs));
}
