import { describe, expect, it } from 'vitest';
import { channelErrorForParams, channelErrorSync, channelRanges, groupErrorSync, qparams, quantErrorSync } from '../core/math';
import { generateSample, sampleShape } from '../samples/samples';
import { granularity, perTensorRow } from './granularity';

const spec = { bits: 4, mode: 'affine' as const, signed: true, narrowRange: false };
const sample = { id: 'depthwise' as const, seed: 3, size: 4096 };
const x = generateSample(sample);
const shape = sampleShape(sample);

describe('granularity in the Worker', () => {
  it('the per-tensor row counts each channel’s levels under the one range, and its total is the exact error', () => {
    const p = qparams({ min: -0.3, max: 0.2 }, spec);
    const row = perTensorRow(x, shape, 0, p);
    const reference = channelErrorForParams(x, shape, 0, new Array(shape[0]).fill(p));
    expect(Array.from(row.levels)).toEqual(reference.channels.map((c) => c.levelsUsed));
    expect(row.total.levelsUsed).toBe(quantErrorSync(x, p).levelsUsed);
    expect(row.total.mse).toBeCloseTo(quantErrorSync(x, p).mse, 12);
  });
  it('the per-channel row and the ranges are channelErrorSync’s and channelRanges’, on every axis', async () => {
    for (const axis of [0, 2, 3]) {
      const r = await granularity(x, shape, { axis, groupSize: 4, spec }, async () => undefined);
      const reference = channelErrorSync(x, shape, axis, spec);
      expect(Array.from(r.perChannel.levels)).toEqual(reference.channels.map((c) => c.levelsUsed));
      expect(r.perChannel.total).toEqual(reference.total);
      const ranges = channelRanges(x, shape, axis);
      expect([Array.from(r.min), Array.from(r.max)]).toEqual([Array.from(ranges.min), Array.from(ranges.max)]);
      const g = groupErrorSync(x, shape, 4, spec);
      expect(r.group).toEqual({ total: g.total, minLevels: g.levelsUsedMin, maxLevels: g.levelsUsedMax });
    }
  });
  it('stops at a chunk boundary when its request is superseded', async () => {
    let boundaries = 0;
    const stop = new Error('abandoned');
    const run = granularity(x, shape, { axis: 0, groupSize: 4, spec }, async () => {
      if (++boundaries === 2) throw stop;
    });
    await expect(run).rejects.toBe(stop);
    expect(boundaries).toBe(2);
  });
});
