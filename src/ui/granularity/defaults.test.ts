import { describe, expect, it } from 'vitest';
import { defaultChannelAxis, defaultGroupSize, groupAxisNote, groupSizesFor } from './defaults';

describe('defaultChannelAxis', () => {
  it('opens a tfjs depthwise kernel [kh, kw, C, 1] on axis 2, its C channels', () => {
    expect(defaultChannelAxis([3, 3, 32, 1], 'tfjs')).toBe(2);
  });
  it('opens a tfjs conv kernel [kh, kw, in, out] on axis 3 and a dense kernel [in, out] on axis 1', () => {
    expect(defaultChannelAxis([3, 3, 16, 32], 'tfjs')).toBe(3);
    expect(defaultChannelAxis([128, 10], 'tfjs')).toBe(1);
  });
  it('opens PyTorch, ONNX, safetensors, npy layouts and the samples on axis 0 (output channels first)', () => {
    for (const format of ['safetensors', 'onnx', 'npy', 'npz', null]) expect(defaultChannelAxis([32, 1, 3, 3], format)).toBe(0);
  });
  it('uses axis 0 for a 1-D tensor', () => {
    expect(defaultChannelAxis([100], 'tfjs')).toBe(0);
  });
});

describe('defaultGroupSize', () => {
  it('picks the largest of 128, 64, 32, 16, 8 that divides the axis', () => {
    expect(defaultGroupSize(4096)).toBe(128);
    expect(defaultGroupSize(96)).toBe(32);
    expect(defaultGroupSize(1000)).toBe(8);
  });
  it('on a row no such size divides, one group per row up to 128 values, never groups of 1 where more fit', () => {
    expect(defaultGroupSize(3)).toBe(3); // a PyTorch 3×3 kernel row
    expect(defaultGroupSize(100)).toBe(100);
    expect(defaultGroupSize(262)).toBe(2);
    expect(defaultGroupSize(131)).toBe(1);
    expect(defaultGroupSize(1)).toBe(1);
  });
  it('always divides the axis, so the group-wise row is never refused by default', () => {
    for (let n = 1; n <= 600; n++) expect(n % defaultGroupSize(n)).toBe(0);
  });
});

describe('groupSizesFor and groupAxisNote', () => {
  it('lists the divisors up to 128, largest first', () => {
    expect(groupSizesFor(3)).toEqual([3, 1]);
    expect(groupSizesFor(12)).toEqual([12, 6, 4, 3, 2, 1]);
    expect(groupSizesFor(1024)).toEqual([128, 64, 32, 16, 8, 4, 2, 1]);
  });
  it('says a row is short below 8 values, awkward when no size from 8 to 128 divides it, else nothing', () => {
    expect([1, 3, 7].map(groupAxisNote)).toEqual(['short', 'short', 'short']);
    expect([262, 131, 2 * 257].map(groupAxisNote)).toEqual(['awkward', 'awkward', 'awkward']);
    expect([8, 9, 64, 100, 768, 4096].map(groupAxisNote)).toEqual([null, null, null, null, null, null]);
  });
});
