import { CAST_FORMATS, emptyHistogram, floatCastStats, type FloatCastStats, type Histogram } from '../core/math';

export interface FloatFormatsResult {
  /** Cast error of the held tensor in each format of CAST_FORMATS, in that order. */
  casts: FloatCastStats[];
  /** Histogram of log2|x| over the nonzero finite values, from 2^−40 to 2^130 (values beyond are counted apart). */
  log2Abs: Histogram;
}

/** Bounds of the log2|x| axis: wide enough for fp8's subnormals and for bf16's range. */
const LOG2_MIN = -40;
const LOG2_MAX = 130;

/** Cast statistics of x in every compared format, and where its magnitudes sit on a log2 scale; `checkpoint` is awaited between formats. */
export async function floatFormats(x: Float32Array, checkpoint: () => Promise<void>): Promise<FloatFormatsResult> {
  const log2Abs = emptyHistogram(LOG2_MIN, LOG2_MAX, (LOG2_MAX - LOG2_MIN) * 4);
  const k = log2Abs.counts.length / (LOG2_MAX - LOG2_MIN);
  for (let i = 0; i < x.length; i++) {
    const a = Math.abs(x[i]);
    if (!(a > 0) || a === Infinity) continue;
    const b = Math.floor((Math.log2(a) - LOG2_MIN) * k);
    if (b < 0) log2Abs.below++;
    else if (b >= log2Abs.counts.length) log2Abs.above++;
    else log2Abs.counts[b]++;
  }
  const casts: FloatCastStats[] = [];
  for (const f of CAST_FORMATS) {
    await checkpoint();
    casts.push(floatCastStats(x, f));
  }
  return { casts, log2Abs };
}
