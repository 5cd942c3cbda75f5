import { describe, expect, it } from 'vitest';
import { llmActivations, llmOutlierChannels, llmWeights } from './llm';

describe('llm samples', () => {
  const spec = { tokens: 256, channels: 64, outlierChannels: 4, seed: 3 };

  it('is deterministic in the spec and row-major tokens×channels', () => {
    const a = llmActivations(spec);
    expect(a).toHaveLength(256 * 64);
    expect(Array.from(llmActivations(spec))).toEqual(Array.from(a));
    expect(Array.from(llmActivations({ ...spec, seed: 4 }))).not.toEqual(Array.from(a));
    expect(Array.from(llmWeights({ channels: 64, out: 16, seed: 1 }))).toEqual(Array.from(llmWeights({ channels: 64, out: 16, seed: 1 })));
  });

  it('has outlier channels whose RMS is 40–120× the median channel’s (σ drawn 50–100×, the typical σ itself log-normal)', () => {
    const x = llmActivations(spec);
    const outliers = llmOutlierChannels(spec);
    expect(outliers).toHaveLength(4);
    const rms = Array.from({ length: 64 }, (_, c) => {
      let s = 0;
      for (let t = 0; t < 256; t++) s += x[t * 64 + c] ** 2;
      return Math.sqrt(s / 256);
    });
    const normal = rms.filter((_, c) => !outliers.includes(c)).sort((p, q) => p - q);
    const median = normal[normal.length >> 1];
    for (const c of outliers) {
      expect(rms[c] / median).toBeGreaterThan(40);
      expect(rms[c] / median).toBeLessThan(120);
    }
    expect(normal[normal.length - 1] / median).toBeLessThan(5);
  });

  it('draws weights N(0, 1/channels) and validates specs', () => {
    const w = llmWeights({ channels: 256, out: 128, seed: 9 });
    const std = Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);
    expect(std).toBeCloseTo(1 / 16, 2);
    expect(() => llmActivations({ ...spec, outlierChannels: 65 })).toThrow(RangeError);
    expect(() => llmActivations({ ...spec, tokens: 0 })).toThrow(RangeError);
    expect(() => llmActivations({ ...spec, seed: -1 })).toThrow(RangeError);
    expect(() => llmWeights({ channels: 4096, out: 8192, seed: 0 })).toThrow(RangeError);
  });
});
