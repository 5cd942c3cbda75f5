/**
 * The benchmark suite, shared by Node (bench/node.ts) and headless Chromium (bench/browser.ts):
 * median wall time of each core operation on seeded Laplace data, in ms and GB/s of float32 input read.
 */
import { channelErrorSync, estimateError, fakeQuantize, histogram, qparams, quantErrorSync, sliceErrors, tensorStats } from '../src/core';
import { sliceSumsJs } from '../src/core/granularity/sliceError';
import { generateSample } from '../src/samples/samples';
import { medianMs } from './timing';

export interface BenchRow {
  op: string;
  values: number;
  ms: number;
  /** Input bytes read per second, 10^9 B/s (4 bytes per value); null where the input is not the tensor. */
  gbps: number | null;
}

/** Runs every operation on 1M and 16M values and reports each row as it completes. */
export async function runSuite(report: (row: BenchRow) => void, sizes = [1 << 20, 1 << 24]): Promise<void> {
  for (const n of sizes) {
    const x = generateSample({ id: 'laplace-outliers', seed: 1, size: n });
    const stats = tensorStats(x);
    const spec = { bits: 8, mode: 'affine', signed: true, narrowRange: false } as const;
    const p = qparams({ min: -0.4, max: 0.4 }, spec);
    const overview = histogram(x, stats.min, stats.max, 2048);
    const row = async (op: string, run: () => unknown, runs = 7, readsTensor = true) => {
      const ms = await medianMs(run, runs);
      report({ op, values: n, ms, gbps: readsTensor ? (4 * n) / (ms * 1e6) : null });
    };
    await row('exact error: fake-quant + MSE/SQNR/max/clipped/levels (fused, float64)', () => quantErrorSync(x, p));
    const depthwise = { outer: 1, channels: n / 16, inner: 16 }; // [C, 1, 4, 4] along axis 0
    const shared = new Array(depthwise.channels).fill(p);
    await row('per-tensor row: error + levels of each 16-value channel (SIMD kernel)', () => sliceErrors(x, depthwise, shared));
    await row('per-tensor row by the JS loop (no SIMD; the path before the kernel)', () => sliceSumsJs(x, depthwise, shared), 3);
    await row('per-channel error, 16-value channels, own ranges (ranges, params, kernel)', () =>
      channelErrorSync(x, [depthwise.channels, 16], 0, spec),
    );
    await row('histogram, 2048 bins', () => histogram(x, stats.min, stats.max, 2048));
    await row('tensor stats (min/max/NaN/Σx²)', () => tensorStats(x));
    await row('per-frame estimate from the histogram', () => estimateError(overview, p, stats), 51, false);
    await row('tfjs fakeQuantize incl. upload + read-back', () => fakeQuantize(x, p), 5);
  }
}

/** Rows as an aligned text table. */
export function formatRows(rows: BenchRow[]): string {
  return rows
    .map(
      (r) =>
        `${r.op.padEnd(72)} ${String(r.values).padStart(9)}  ${r.ms.toFixed(2).padStart(9)} ms  ${r.gbps === null ? '      —     ' : `${r.gbps.toFixed(2).padStart(7)} GB/s`}`,
    )
    .join('\n');
}
