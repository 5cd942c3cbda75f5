import { activationMinimum, type ErrorStats, type QuantParams, type QuantSpec, type Range, type TensorStats } from '../../core/math';
import { articleNotation } from '../mapping/articleNotation';
import { formatCount, formatDb, formatPercent, formatSig } from '../format';

/** The figures a lesson text may cite as `{{name}}`. */
export const LESSON_NUMBERS = [
  'bits',
  'levels',
  'beta',
  'alpha',
  's',
  'z',
  'scale',
  'zeroPoint',
  'halfStep',
  'mse',
  'sqnr',
  'maxAbs',
  'clipped',
  'clippedPct',
  'levelsUsed',
  'negLevels',
  'min',
  'max',
  'count',
  'mib32',
  'mib16',
  'mib8',
  'bestCalib',
  'geluMin',
  'geluMinX',
  'fp32Acc',
  'ptqAcc',
  'partialAcc',
  'sensitiveLayer',
] as const;
export type LessonNumber = (typeof LESSON_NUMBERS)[number];

/** What the figures are read from: the scene on screen and what the Worker derived from it. */
export interface NumberSources {
  spec: QuantSpec;
  range: Range;
  params: QuantParams;
  /** The error shown in the error panel (exact at rest, the estimate while moving), or null before a tensor. */
  error: ErrorStats | null;
  stats: TensorStats | null;
  /** counts[k] = elements on code qmin + k, when exact; null while moving. */
  codeCounts: Float64Array | null;
  /** Name of the calibrator with the lowest exact MSE, when the calibrations are current. */
  bestCalib: string | null;
  /** The Model tab's figures for its current inputs (accuracies in [0, 1]), each null until computed. */
  model?: { fp32: number | null; ptq: number | null; partial: number | null; sensitiveLayer: string | null };
}

/** An accuracy in [0, 1] as the Model tab prints it ("96.30 %"). */
const accuracy = (a: number): string => `${(a * 100).toFixed(2)} %`;

/** Codes below the zero point that hold at least one value (the negative levels in use). */
export function negativeLevelsUsed(codeCounts: Float64Array, p: QuantParams): number {
  let n = 0;
  for (let q = p.qmin; q < p.zeroPoint && q <= p.qmax; q++) if (codeCounts[q - p.qmin] > 0) n++;
  return n;
}

/** Every figure as the panels print it; a figure not known yet is absent (the text shows a placeholder). */
export function lessonNumbers(src: NumberSources): Partial<Record<LessonNumber, string>> {
  const { spec, range, params, error, stats } = src;
  const article = articleNotation(range, spec);
  const gelu = activationMinimum('gelu');
  const out: Partial<Record<LessonNumber, string>> = {
    bits: String(spec.bits),
    levels: formatCount(params.qmax - params.qmin + 1),
    beta: formatSig(range.min),
    alpha: formatSig(range.max),
    s: formatSig(article.s),
    z: String(article.z),
    scale: formatSig(params.scale),
    zeroPoint: String(params.zeroPoint),
    halfStep: formatSig(params.scale / 2),
    geluMin: gelu.y.toFixed(4),
    geluMinX: gelu.x.toFixed(4),
  };
  if (error) {
    out.mse = formatSig(error.mse);
    out.sqnr = formatDb(error.sqnrDb);
    out.maxAbs = formatSig(error.maxAbsError);
    out.clipped = formatCount(error.clipped);
    out.levelsUsed = formatCount(error.levelsUsed);
    if (stats && stats.finite > 0) out.clippedPct = formatPercent(error.clipped / stats.finite);
  }
  if (stats) {
    out.min = formatSig(stats.min);
    out.max = formatSig(stats.max);
    out.count = formatCount(stats.finite);
    const mib = (bytes: number) => formatSig(bytes / 2 ** 20);
    out.mib32 = mib(stats.count * 4);
    out.mib16 = mib(stats.count * 2);
    out.mib8 = mib(stats.count);
  }
  if (src.codeCounts) out.negLevels = String(negativeLevelsUsed(src.codeCounts, params));
  if (src.bestCalib) out.bestCalib = src.bestCalib;
  const m = src.model;
  if (m?.fp32 != null) out.fp32Acc = accuracy(m.fp32);
  if (m?.ptq != null) out.ptqAcc = accuracy(m.ptq);
  if (m?.partial != null) out.partialAcc = accuracy(m.partial);
  if (m?.sensitiveLayer) out.sensitiveLayer = m.sensitiveLayer;
  return out;
}
