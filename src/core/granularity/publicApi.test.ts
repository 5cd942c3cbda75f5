import { describe, expect, it } from 'vitest';
import * as core from '../math';

describe('public API (src/core/math.ts)', () => {
  it('exports granularity and float-format functions', () => {
    for (const name of [
      'channelParams',
      'groupParams',
      'channelRanges',
      'channelError',
      'groupError',
      'castFloat',
      'floatCastStats',
      'floatFormatInfo',
      'bitLayout',
    ] as const) {
      expect(typeof core[name], name).toBe('function');
    }
  });
  it('keeps the contract signatures', async () => {
    const x = Float32Array.of(1, -2, 3, -4, 0.5, 0.25);
    const spec = { bits: 8, mode: 'symmetric' as const, signed: true, narrowRange: true };
    const ch: core.QuantParams[] = await core.channelParams(x, [2, 3], 0, spec);
    const gr: core.QuantParams[] = await core.groupParams(x, [2, 3], 3, spec);
    expect(ch).toEqual(gr); // rows of 3 = groups of 3; narrow symmetric int8 uses amax/127 either way
    const y: Float32Array = core.castFloat(x, 'fp8-e4m3');
    expect(Array.from(y)).toEqual([1, -2, 3, -4, 0.5, 0.25]);
  });
});
