import { describe, expect, it } from 'vitest';
import { channelLayout, channelValues, checkShape, divisors, groupLayout, normalizeAxis } from './layout';

describe('checkShape', () => {
  it('accepts a shape whose product is the length, including empty dimensions and scalars', () => {
    expect(() => checkShape([2, 3, 4], 24)).not.toThrow();
    expect(() => checkShape([0, 5], 0)).not.toThrow();
    expect(() => checkShape([], 1)).not.toThrow();
  });
  it('refuses a product mismatch and bad dimensions with a RangeError that says why', () => {
    expect(() => checkShape([2, 3], 7)).toThrow(/holds 6 elements but the tensor has 7/);
    expect(() => checkShape([2, -3], 6)).toThrow(RangeError);
    expect(() => checkShape([2.5, 2], 5)).toThrow(/not a non-negative integer/);
  });
});

describe('normalizeAxis', () => {
  it('counts negative axes from the end, python-style', () => {
    expect(normalizeAxis(-1, 4)).toBe(3);
    expect(normalizeAxis(-4, 4)).toBe(0);
    expect(normalizeAxis(2, 4)).toBe(2);
  });
  it('refuses axes out of range and non-integers', () => {
    expect(() => normalizeAxis(4, 4)).toThrow(/axis 4 is out of range for a tensor of rank 4/);
    expect(() => normalizeAxis(-5, 4)).toThrow(RangeError);
    expect(() => normalizeAxis(0, 0)).toThrow(RangeError);
    expect(() => normalizeAxis(0.5, 2)).toThrow(RangeError);
  });
});

describe('channelLayout', () => {
  it('splits a row-major shape into [outer, channels, inner] around the axis', () => {
    expect(channelLayout([8, 3, 5, 5], 600, 0)).toEqual({ outer: 1, channels: 8, inner: 75 });
    expect(channelLayout([8, 3, 5, 5], 600, 1)).toEqual({ outer: 8, channels: 3, inner: 25 });
    expect(channelLayout([8, 3, 5, 5], 600, -1)).toEqual({ outer: 120, channels: 5, inner: 1 });
  });
});

describe('groupLayout', () => {
  it('makes length/g groups of g consecutive elements along the last axis', () => {
    expect(groupLayout([4, 24], 96, 8)).toEqual({ outer: 1, channels: 12, inner: 8 });
    expect(groupLayout([4, 24], 96, 24)).toEqual({ outer: 1, channels: 4, inner: 24 });
    expect(groupLayout([0, 24], 0, 8)).toEqual({ outer: 1, channels: 0, inner: 8 });
  });
  it('refuses a group size that does not divide the last axis and lists the divisors', () => {
    expect(() => groupLayout([4, 24], 96, 5)).toThrow(RangeError);
    expect(() => groupLayout([4, 24], 96, 5)).toThrow(/group size 5 does not divide the last axis \(24\).*1, 2, 3, 4, 6, 8, 12, 24/);
    expect(() => groupLayout([2, 4096], 8192, 100)).toThrow(/16, 32, 64, …, 128, 256, 512/);
  });
  it('refuses non-positive or fractional group sizes and scalars', () => {
    for (const g of [0, -8, 2.5, NaN]) expect(() => groupLayout([4, 24], 96, g)).toThrow(RangeError);
    expect(() => groupLayout([], 1, 1)).toThrow(/rank ≥ 1/);
  });
});

describe('divisors', () => {
  it('lists divisors in increasing order', () => {
    expect(divisors(1)).toEqual([1]);
    expect(divisors(36)).toEqual([1, 2, 3, 4, 6, 9, 12, 18, 36]);
    expect(divisors(13)).toEqual([1, 13]);
  });
});

describe('channelValues', () => {
  it('gathers one channel along a middle axis in row-major order', () => {
    const x = Float32Array.from({ length: 24 }, (_, i) => i); // shape [2, 3, 4]
    expect(Array.from(channelValues(x, [2, 3, 4], 1, 2))).toEqual([8, 9, 10, 11, 20, 21, 22, 23]);
    expect(Array.from(channelValues(x, [2, 3, 4], -1, 0))).toEqual([0, 4, 8, 12, 16, 20]);
    expect(() => channelValues(x, [2, 3, 4], 1, 3)).toThrow(RangeError);
  });
});
