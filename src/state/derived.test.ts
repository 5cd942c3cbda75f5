import { describe, expect, it } from 'vitest';
import { estimateError, qparams } from '../core/math';
import { summarize } from '../worker/summarize';
import { sharedEstimate } from './derived';

const spec = { bits: 8, mode: 'affine', signed: true, narrowRange: false } as const;
const x = Float32Array.from({ length: 4096 }, (_, i) => Math.sin(i) * (1 + (i % 7)));
const summary = summarize('t', [4096], x);

describe('sharedEstimate', () => {
  it('is the histogram estimate, made once for parameters equal by value', () => {
    const p = qparams({ min: -2, max: 3 }, spec);
    const first = sharedEstimate(summary, p);
    expect(first).toEqual(estimateError(summary.overview, p, summary.stats));
    expect(sharedEstimate(summary, { ...p })).toBe(first); // another panel's equal params: the same object, not a new pass
  });
  it('makes a new estimate when the parameters or the tensor change', () => {
    const p = qparams({ min: -2, max: 3 }, spec);
    const first = sharedEstimate(summary, p);
    const moved = qparams({ min: -2, max: 2.5 }, spec);
    expect(sharedEstimate(summary, moved)).toEqual(estimateError(summary.overview, moved, summary.stats));
    const other = summarize(
      'u',
      [4096],
      x.map((v) => 2 * v),
    );
    expect(sharedEstimate(other, p)).not.toBe(first);
    expect(sharedEstimate(other, p)).toEqual(estimateError(other.overview, p, other.stats));
  });
});
