import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { channelErrorSync, groupErrorSync } from '../core/math';
import { overviewAccumulator, type AccumulatorLimits } from './accumulator';
import { INT4, INT8 } from './spec';
import type { TensorOverview } from './types';

interface Ref {
  shape: number[];
  data: string;
  ref: Record<string, number | string | null>;
}
const fixture = JSON.parse(readFileSync(new URL('../../tests/fixtures/overview/stats_ref.json', import.meta.url), 'utf8')) as Record<
  string,
  Ref
>;

function tensorOf(name: string): Float32Array {
  return new Float32Array(new Uint8Array(Buffer.from(fixture[name].data, 'base64')).buffer);
}

/** Runs the accumulator over x in chunks of `chunk` values. */
function scan(name: string, x: Float32Array, chunk: number, limits?: AccumulatorLimits): TensorOverview {
  const acc = overviewAccumulator({ index: 0, name, dtype: 'F32', shape: fixture[name].shape }, limits);
  for (let i = 0; i < x.length; i += chunk) acc.add(x.subarray(i, i + chunk));
  return acc.finish();
}

const num = (v: number | string | null | undefined): number | null =>
  v === null || v === undefined ? null : v === 'Infinity' ? Infinity : Number(v);

/** |a − b| ≤ tol·max(1, |b|). */
function close(a: number | null, b: number | null, tol: number): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
}

const STREAMED: AccumulatorLimits = { hold: 0, maxSegment: 1 << 24 };

describe('overview statistics match the numpy/scipy reference', () => {
  for (const name of Object.keys(fixture)) {
    it(`${name}: every exact figure`, () => {
      const r = fixture[name].ref;
      const o = scan(name, tensorOf(name), 1 << 20);
      for (const key of ['min', 'max', 'absmax', 'zeros', 'nan', 'inf', 'fp16Overflow', 'fp16Underflow'] as const) {
        expect(o[key], key).toBe(num(r[key]));
      }
      for (const key of ['mean', 'std', 'kurtosis', 'outlierShare', 'outlierShareAbs', 'channelSpread'] as const) {
        expect(close(o[key], num(r[key]), 1e-9), `${key}: ${o[key]} vs ${r[key]}`).toBe(true);
      }
      for (const key of ['int8TensorSqnrDb', 'int8ChannelSqnrDb', 'int4GroupSqnrDb'] as const) {
        expect(close(o[key], num(r[key]), 1e-9), `${key}: ${o[key]} vs ${r[key]}`).toBe(true);
      }
      expect(o.estimated).toEqual(['bestCalibrator']);
    });
  }

  it('the two outlier shares part where the values sit off zero: none from the mean, all from zero', () => {
    for (const name of ['offset_gauss', 'ln'] as const) {
      const o = scan(name, tensorOf(name), 1 << 20);
      expect([o.outlierShare, o.outlierShareAbs]).toEqual([0, 1]);
    }
  });

  it('the mean and kurtosis of values far from zero stay exact to 1e-9 (moments about the mean, not raw sums)', () => {
    const o = scan('offset_gauss', tensorOf('offset_gauss'), 777);
    expect(Math.abs(o.kurtosis - Number(fixture.offset_gauss.ref.kurtosis))).toBeLessThan(1e-9);
  });
});

describe('streaming equals the whole tensor', () => {
  for (const name of Object.keys(fixture)) {
    it(`${name}: chunks of 1000 (cutting channels and groups) give the whole-tensor exact figures`, () => {
      const x = tensorOf(name);
      const whole = scan(name, x, x.length);
      const parts = scan(name, x, 1000);
      for (const key of ['min', 'max', 'zeros', 'fp16Overflow', 'fp16Underflow', 'channels', 'outlierShare', 'outlierShareAbs'] as const)
        expect(parts[key]).toBe(whole[key]);
      for (const key of ['mean', 'std', 'kurtosis', 'channelSpread', 'int8ChannelSqnrDb', 'int4GroupSqnrDb', 'int8TensorSqnrDb'] as const) {
        expect(close(parts[key], whole[key], 1e-12), `${key}: ${parts[key]} vs ${whole[key]}`).toBe(true);
      }
    });
  }

  it('per-channel and group-wise errors equal the core on the whole tensor', () => {
    const x = tensorOf('laplace_w');
    const shape = fixture.laplace_w.shape;
    const o = scan('laplace_w', x, 999);
    expect(close(o.int8ChannelSqnrDb, channelErrorSync(x, shape, 0, INT8).total.sqnrDb, 1e-12)).toBe(true);
    expect(close(o.int4GroupSqnrDb, groupErrorSync(x, shape, 128, INT4).total.sqnrDb, 1e-12)).toBe(true);
  });

  it('a tensor too large to hold estimates the per-tensor error and outlier share from the histogram, and says so', () => {
    const x = tensorOf('laplace_w');
    const exact = scan('laplace_w', x, 1000);
    const est = scan('laplace_w', x, 1000, STREAMED);
    expect(est.estimated).toEqual(['int8TensorSqnrDb', 'outlierShare', 'outlierShareAbs', 'bestCalibrator']);
    expect(Math.abs(est.int8TensorSqnrDb - exact.int8TensorSqnrDb)).toBeLessThan(0.5);
    expect(Math.abs(est.outlierShare - exact.outlierShare)).toBeLessThan(0.001);
    expect(Math.abs(est.outlierShareAbs - exact.outlierShareAbs)).toBeLessThan(0.001);
    const offset = tensorOf('offset_gauss'); // every value sits near 5, far from 0 in units of its tiny σ
    expect(scan('offset_gauss', offset, 1000, STREAMED).outlierShareAbs).toBe(1);
    expect(est.int8ChannelSqnrDb).toBe(exact.int8ChannelSqnrDb);
  });
});

describe('best calibrator and edge cases', () => {
  it('clips the lone outlier: a percentile, entropy or mse beats max on heavy-tailed weights', () => {
    const o = scan('laplace_w', tensorOf('laplace_w'), 1 << 20);
    expect(o.bestCalibrator.method).not.toBe('max');
    expect(o.bestCalibrator.amax).toBeLessThan(o.absmax);
    expect(o.bestCalibrator.sqnrDb).toBeGreaterThan(o.int8TensorSqnrDb);
  });

  it('TensorFlow.js kernels keep output channels on the last axis: the channel figures follow it', () => {
    const x = tensorOf('conv');
    const shape = fixture.conv.shape;
    const acc = overviewAccumulator({ index: 0, name: 'conv', dtype: 'float32', shape, outputAxis: 'last' });
    acc.add(x);
    const o = acc.finish();
    expect([o.channelAxis, o.channels]).toEqual([3, 8]);
    expect(o.int8ChannelSqnrDb).toBe(channelErrorSync(x, shape, 3, INT8).total.sqnrDb);
    expect(o.int8ChannelSqnrDb).not.toBe(scan('conv', x, 1 << 20).int8ChannelSqnrDb);
    const tooBig = overviewAccumulator(
      { index: 0, name: 'conv', dtype: 'float32', shape, outputAxis: 'last' },
      { hold: 0, maxSegment: 1 << 20 },
    );
    tooBig.add(x);
    expect(tooBig.finish().channels).toBeNull();
  });

  it('a TensorFlow.js depthwise kernel [h, w, in, 1] has its channels on axis 2; channels of one value are no channels', () => {
    const x = tensorOf('conv').subarray(0, 3 * 3 * 16);
    const depthwise = overviewAccumulator({ index: 0, name: 'dw', dtype: 'float32', shape: [3, 3, 16, 1], outputAxis: 'last' });
    depthwise.add(x);
    const dw = depthwise.finish();
    expect([dw.channelAxis, dw.channels]).toEqual([2, 16]);
    expect(dw.int8ChannelSqnrDb).toBe(channelErrorSync(x, [3, 3, 16, 1], 2, INT8).total.sqnrDb);
    const alpha = overviewAccumulator({ index: 0, name: 'prelu', dtype: 'float32', shape: [1, 1, 144], outputAxis: 'last' });
    alpha.add(x);
    expect(alpha.finish().channels).toBeNull();
  });

  it('channels longer than the carry limit are left out, not cut wrongly', () => {
    const o = scan('laplace_w', tensorOf('laplace_w'), 1000, { hold: 1 << 24, maxSegment: 100 });
    expect(o.channels).toBeNull();
    expect(o.int8ChannelSqnrDb).toBeNull();
    expect(o.int4GroupSqnrDb).not.toBeNull();
  });

  it('refuses a stream longer or shorter than the shape', () => {
    const acc = overviewAccumulator({ index: 0, name: 't', dtype: 'F32', shape: [4] });
    acc.add(new Float32Array(3));
    expect(() => acc.finish()).toThrow(/read 3 values/);
    expect(() => acc.add(new Float32Array(2))).toThrow(/more values/);
  });
});

describe('without WebAssembly SIMD', () => {
  it('the JS loops give every fixture the figures of the fused kernels (held and streamed)', async () => {
    vi.resetModules();
    const validate = vi.spyOn(WebAssembly, 'validate').mockReturnValue(false);
    try {
      const fresh = await import('./accumulator');
      for (const name of Object.keys(fixture)) {
        for (const limits of [undefined, STREAMED]) {
          const x = tensorOf(name);
          const acc = fresh.overviewAccumulator({ index: 0, name, dtype: 'F32', shape: fixture[name].shape }, limits);
          for (let i = 0; i < x.length; i += 1000) acc.add(x.subarray(i, i + 1000));
          const js = acc.finish();
          const simd = scan(name, x, 1000, limits);
          const flat = (o: TensorOverview): [string, unknown][] => Object.entries({ ...o, ...o.bestCalibrator, bestCalibrator: null });
          const jsFlat = new Map(flat(js));
          for (const [key, value] of flat(simd)) {
            const other = jsFlat.get(key);
            if (typeof value === 'number' && typeof other === 'number')
              expect(close(other, value, 1e-12), `${name}.${key}: ${other} vs ${value}`).toBe(true);
            else expect(other, `${name}.${key}`).toEqual(value);
          }
        }
      }
    } finally {
      validate.mockRestore();
      vi.resetModules();
    }
  });
});
