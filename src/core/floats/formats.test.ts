import { describe, expect, it } from 'vitest';
import { FLOAT_FORMATS, floatFormatInfo } from './index';
import type { FloatFormatName } from './index';

describe('floatFormatInfo', () => {
  it('describes each format', () => {
    expect(floatFormatInfo('fp32')).toMatchObject({ bits: 32, exponentBits: 8, mantissaBits: 23, bias: 127, hasInf: true });
    expect(floatFormatInfo('fp32').maxFinite).toBe(3.4028234663852886e38);
    expect(floatFormatInfo('fp32').minSubnormal).toBe(2 ** -149);
    expect(floatFormatInfo('fp16')).toEqual({
      name: 'fp16',
      bits: 16,
      exponentBits: 5,
      mantissaBits: 10,
      bias: 15,
      maxFinite: 65504,
      minNormal: 2 ** -14,
      minSubnormal: 2 ** -24,
      hasInf: true,
      saturates: false,
    });
    expect(floatFormatInfo('bf16')).toMatchObject({
      bits: 16,
      exponentBits: 8,
      mantissaBits: 7,
      bias: 127,
      minNormal: 2 ** -126,
      minSubnormal: 2 ** -133,
    });
    expect(floatFormatInfo('bf16').maxFinite).toBe(3.3895313892515355e38);
    expect(floatFormatInfo('fp8-e4m3')).toMatchObject({
      bits: 8,
      bias: 7,
      maxFinite: 448,
      minNormal: 2 ** -6,
      minSubnormal: 2 ** -9,
      hasInf: false,
      saturates: true,
    });
    expect(floatFormatInfo('fp8-e5m2')).toMatchObject({
      bits: 8,
      bias: 15,
      maxFinite: 57344,
      minNormal: 2 ** -14,
      minSubnormal: 2 ** -16,
      hasInf: true,
      saturates: true,
    });
  });
  it('lists five formats and refuses unknown names', () => {
    expect(FLOAT_FORMATS.map((f) => floatFormatInfo(f).name)).toEqual(FLOAT_FORMATS);
    expect(() => floatFormatInfo('fp64' as FloatFormatName)).toThrow(RangeError);
    expect(() => floatFormatInfo('toString' as FloatFormatName)).toThrow(RangeError);
  });
});
