/** Pins per-channel quantization to torch 1.13 and group-wise quantization to the generator's numpy reference. */
import { describe, expect, it } from 'vitest';
import {
  channelErrorForParams,
  channelParamsSync,
  channelRanges,
  fakeQuantizePerChannel,
  fakeQuantizePerGroup,
  groupErrorForParams,
  groupParamsSync,
  quantizePerChannel,
  quantizePerGroup,
} from './index';
import { allocTensor } from '../kernels';
import { caseParams, f32, fixture, i16, relErr, tensor } from '../../../tests/helpers/granularity';
import type { ChannelCase } from '../../../tests/helpers/granularity';

/** The tensor the observer saw: the weight itself or a clamped copy. */
function observed(c: ChannelCase): Float32Array {
  const { x } = tensor(c.tensor);
  if (c.clip === null) return x;
  const lim = Math.fround(c.clip);
  return x.map((v) => Math.min(Math.max(v, -lim), lim));
}

/** Where the error pass reads x: these small fixtures stay on the JS loop, and a copy in kernel memory takes the SIMD kernel. */
const placements = [
  { where: 'the JS loop', place: (x: Float32Array) => x },
  {
    where: 'the SIMD kernel',
    place: (x: Float32Array) => {
      const r = allocTensor(x.length);
      r.set(x);
      return r;
    },
  },
];

function firstDiff(a: ArrayLike<number>, b: ArrayLike<number>): string | null {
  if (a.length !== b.length) return `length ${a.length} vs ${b.length}`;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return `[${i}]: ${a[i]} vs ${b[i]}`;
  return null;
}

describe('the granularity fixture', () => {
  it('has per-channel and group cases over float32 weights', () => {
    expect(fixture.channel.length).toBeGreaterThanOrEqual(30);
    expect(fixture.group.length).toBeGreaterThanOrEqual(12);
    for (const name of Object.keys(fixture.tensors)) {
      const { x, shape } = tensor(name);
      expect(shape.reduce((a, b) => a * b, 1)).toBe(x.length);
    }
  });
});

describe('per-channel parity with torch PerChannelMinMaxObserver', () => {
  it.each(fixture.channel)('channelRanges gives min_val/max_val for $name', (c) => {
    const r = channelRanges(observed(c), tensor(c.tensor).shape, c.axis);
    expect(Array.from(r.min)).toEqual(fixture.ranges[c.ranges].minVal);
    expect(Array.from(r.max)).toEqual(fixture.ranges[c.ranges].maxVal);
  });

  it.each(fixture.channel)('channelParams gives the scales and zero points for $name', (c) => {
    const shape = tensor(c.tensor).shape;
    const ps = channelParamsSync(observed(c), shape, c.axis, c.spec);
    expect(ps.map((p) => p.zeroPoint)).toEqual(c.zeroPoints);
    expect(ps.every((p) => p.qmin === c.qmin && p.qmax === c.qmax)).toBe(true);
    for (let k = 0; k < ps.length; k++) expect(relErr(ps[k].scale, c.scales[k]), `channel ${k}`).toBeLessThanOrEqual(1e-6);
    // negative axis, python-style
    expect(channelParamsSync(observed(c), shape, c.axis - shape.length, c.spec)).toEqual(ps);
  });

  it.each(fixture.channel)('codes and fake quantization match torch exactly for $name', (c) => {
    const { x, shape } = tensor(c.tensor);
    expect(firstDiff(quantizePerChannel(x, shape, c.axis, caseParams(c)), i16(c.codes))).toBeNull();
    expect(firstDiff(fakeQuantizePerChannel(x, shape, c.axis, caseParams(c)), f32(c.fakeQuant))).toBeNull();
  });

  it.each(placements.flatMap((p) => fixture.channel.map((c) => ({ ...p, c, name: c.name }))))(
    'channelError by $where matches the torch fake-quantization error for $name',
    ({ place, c }) => {
      const { x, shape } = tensor(c.tensor);
      const e = channelErrorForParams(place(x), shape, c.axis, caseParams(c));
      expect(relErr(e.total.mse, c.mse), `mse ${e.total.mse} vs ${c.mse}`).toBeLessThanOrEqual(1e-5);
      expect(relErr(e.total.maxAbsError, c.maxAbsError)).toBeLessThanOrEqual(1e-6);
      expect({ clipped: e.total.clipped, levelsUsed: e.total.levelsUsed }).toEqual({ clipped: c.clipped, levelsUsed: c.levelsUsed });
      expect(e.channels.map((s) => s.levelsUsed)).toEqual(c.channelLevels);
      for (let k = 0; k < c.channelMse.length; k++) {
        expect(relErr(e.channels[k].mse, c.channelMse[k]), `channel ${k}`).toBeLessThanOrEqual(1e-5);
      }
    },
  );
});

describe('group-wise parity with the numpy reference', () => {
  it.each(fixture.group)('groupParams, codes and fake quantization for $name', (c) => {
    const { x, shape } = tensor(c.tensor);
    const ps = groupParamsSync(x, shape, c.groupSize, c.spec);
    expect(ps.map((p) => p.zeroPoint)).toEqual(c.zeroPoints);
    for (let k = 0; k < ps.length; k++) expect(relErr(ps[k].scale, c.scales[k]), `group ${k}`).toBeLessThanOrEqual(1e-6);
    expect(firstDiff(quantizePerGroup(x, shape, c.groupSize, caseParams(c)), i16(c.codes))).toBeNull();
    expect(firstDiff(fakeQuantizePerGroup(x, shape, c.groupSize, caseParams(c)), f32(c.fakeQuant))).toBeNull();
  });

  it.each(placements.flatMap((p) => fixture.group.map((c) => ({ ...p, c, name: c.name }))))(
    'groupError by $where matches the reference error for $name',
    ({ place, c }) => {
      const { x, shape } = tensor(c.tensor);
      const e = groupErrorForParams(place(x), shape, c.groupSize, caseParams(c));
      expect(relErr(e.total.mse, c.mse)).toBeLessThanOrEqual(1e-5);
      expect(relErr(e.total.maxAbsError, c.maxAbsError)).toBeLessThanOrEqual(1e-6);
      expect({
        clipped: e.total.clipped,
        levelsUsed: e.total.levelsUsed,
        levelsUsedMin: e.levelsUsedMin,
        levelsUsedMax: e.levelsUsedMax,
        groupCount: e.groupCount,
      }).toEqual({
        clipped: c.clipped,
        levelsUsed: c.levelsUsed,
        levelsUsedMin: c.levelsUsedMin,
        levelsUsedMax: c.levelsUsedMax,
        groupCount: c.scales.length,
      });
    },
  );
});
