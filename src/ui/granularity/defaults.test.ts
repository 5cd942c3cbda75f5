import { describe, expect, it } from 'vitest';
import { defaultChannelAxis, defaultGroupSize } from './defaults';

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
  it('picks the largest of 128, 64, 32, … that divides the axis', () => {
    expect(defaultGroupSize(4096)).toBe(128);
    expect(defaultGroupSize(96)).toBe(32);
    expect(defaultGroupSize(3)).toBe(1);
    expect(defaultGroupSize(1)).toBe(1);
  });
  it('always divides the axis, so the group-wise row is never refused by default', () => {
    for (let n = 1; n <= 600; n++) expect(n % defaultGroupSize(n)).toBe(0);
  });
});
