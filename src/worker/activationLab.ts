import {
  ACTIVATIONS,
  activationCurve,
  activationMinimum,
  calibrateMany,
  fakeQuantizeSync,
  gelu,
  hasDip,
  histogram,
  histogramDomain,
  negativeLevels,
  qparams,
  type CalibMethod,
  type Histogram,
  type QuantParams,
  type QuantSpec,
  type Range,
} from '../core/math';
import { createRandom } from '../samples/random';
import { NEGATIVE_WINDOW, type LabActivation } from '../shared/labs';

/** Pre-activations N(0, σ²) (`size` values, seeded) with a few large outliers, through `fn`, quantized under `spec`. */
export interface ActivationLabRequest {
  fn: LabActivation;
  /** c of 'gelu-clamp', > 0. */
  clamp: number;
  sigma: number;
  seed: number;
  size: number;
  /** Bits and signedness; rows set the mode themselves. */
  spec: QuantSpec;
  /** Pre-activations: the seeded Gaussian, or the tensor loaded in the explorer. */
  input: 'gaussian' | 'loaded';
}

/** One way of quantizing the activation output, with its errors measured against the exact output f(x). */
export interface ActivationRow {
  id: string;
  range: Range;
  params: QuantParams;
  /** Distinct negative codes the negative outputs land on. */
  negativeLevels: number;
  /** MSE over every value, and over the values whose exact output lies in [−10, 10]. */
  mse: number;
  mseCore: number;
  /** Share of values clipped, 0 … 1. */
  clipped: number;
}

export interface ActivationLabResult {
  curve: { x: Float32Array; y: Float32Array };
  minimum: { x: number; y: number } | null;
  /** Histogram of the outputs over their range, and of the outputs in the negative window [−0.3, 0.05]. */
  output: Histogram;
  negatives: Histogram;
  rows: ActivationRow[];
}

/** Share of pre-activations that are outliers near +100 (at least 2 of them). */
const OUTLIER_FRACTION = 1e-4;
/** Outputs within ±CORE are "the bulk": the article's GELU10 keeps exactly these. */
const CORE = 10;

/** The lab's activation as a function of one number. */
function scalarFn(fn: LabActivation, clamp: number): (x: number) => number {
  return fn === 'gelu-clamp' ? (x) => Math.min(Math.max(gelu(x), -clamp), clamp) : ACTIVATIONS[fn];
}

/** The seeded pre-activations: N(0, σ²), plus outliers uniform in [95, 105]. */
export function preActivations(sigma: number, seed: number, size: number): Float32Array {
  const r = createRandom(seed);
  const x = new Float32Array(size);
  for (let i = 0; i < size; i++) x[i] = sigma * r.normal();
  const outliers = Math.max(2, Math.round(size * OUTLIER_FRACTION));
  for (let k = 0; k < outliers; k++) x[Math.floor(r.uniform() * size)] = 95 + 10 * r.uniform();
  return x;
}

function apply(f: (x: number) => number, x: Float32Array): Float32Array {
  const y = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) y[i] = f(x[i]);
  return y;
}

/** Errors of quantizing `source` with p, against the exact output `y`: overall, on the bulk |y| ≤ 10, clipped share. */
function errorsAgainst(source: Float32Array, y: Float32Array, p: QuantParams): Pick<ActivationRow, 'mse' | 'mseCore' | 'clipped'> {
  const yHat = fakeQuantizeSync(source, p);
  const lo = (p.qmin - p.zeroPoint - 0.5) * p.scale;
  const hi = (p.qmax - p.zeroPoint + 0.5) * p.scale;
  let all = 0;
  let core = 0;
  let coreCount = 0;
  let clipped = 0;
  for (let i = 0; i < y.length; i++) {
    const e = yHat[i] - y[i];
    all += e * e;
    if (Math.abs(y[i]) <= CORE) [core, coreCount] = [core + e * e, coreCount + 1];
    if (source[i] < lo || source[i] > hi) clipped++;
  }
  return { mse: all / y.length, mseCore: coreCount ? core / coreCount : 0, clipped: clipped / y.length };
}

/** The activation lab's figures: curve, histograms, and max/GELU10/asymmetric/calibrator rows compared; `loaded` feeds the 'loaded' input. */
export function activationLab(req: ActivationLabRequest, loaded: Float32Array): ActivationLabResult {
  const f = scalarFn(req.fn, req.clamp);
  const x = req.input === 'loaded' ? loaded : preActivations(req.sigma, req.seed, req.size);
  if (x.length === 0) throw new RangeError('no tensor is loaded in the explorer');
  const y = apply(f, x);
  const symmetric: QuantSpec = { ...req.spec, mode: 'symmetric' };
  const affine: QuantSpec = { ...req.spec, mode: 'affine' };
  const row = (id: string, source: Float32Array, range: Range, spec: QuantSpec): ActivationRow => {
    const params = qparams(range, spec);
    return {
      id,
      range,
      params,
      negativeLevels: negativeLevels(fakeQuantizeSync(source, params), params),
      ...errorsAgainst(source, y, params),
    };
  };
  const methods: CalibMethod[] = [{ kind: 'max' }, { kind: 'percentile', percentile: 99.99 }, { kind: 'entropy' }, { kind: 'mse' }];
  const [max, p9999, entropy, mse] = calibrateMany(y, methods, symmetric);
  const rows = [row('max', y, max, symmetric)];
  if (req.fn === 'gelu' || req.fn === 'gelu-tanh') {
    const y10 = apply(ACTIVATIONS.gelu10, x);
    rows.push(row('gelu10', y10, calibrateMany(y10, [{ kind: 'max' }], symmetric)[0], symmetric));
  }
  rows.push(row('max-affine', y, calibrateMany(y, [{ kind: 'max' }], affine)[0], affine));
  rows.push(row('p99.99', y, p9999, symmetric), row('entropy', y, entropy, symmetric), row('mse', y, mse, symmetric));
  const { lo, hi } = histogramDomain(Math.min(...[max.min, 0]), Math.max(max.max, 0));
  const span = Math.max(4 * req.sigma, 1);
  const minimum =
    req.fn !== 'gelu-clamp' && hasDip(req.fn) ? activationMinimum(req.fn) : req.fn === 'gelu-clamp' ? activationMinimum('gelu') : null;
  return {
    curve: req.fn === 'gelu-clamp' ? curveOf(f, -span, span, 241) : activationCurve(req.fn, -span, span, 241),
    minimum,
    output: histogram(y, lo, hi, 256),
    negatives: histogram(y, NEGATIVE_WINDOW.min, NEGATIVE_WINDOW.max, 140),
    rows,
  };
}

/** Samples of f on n evenly spaced points of [lo, hi]. */
function curveOf(f: (x: number) => number, lo: number, hi: number, n: number): { x: Float32Array; y: Float32Array } {
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = lo + ((hi - lo) * i) / (n - 1);
    y[i] = f(x[i]);
  }
  return { x, y };
}
