import { describe, expect, it } from 'vitest';
import { FUZZ_FORMATS } from '../../tests/helpers/fuzz/formats';
import { attempt, fuzzFormat, isLeaky } from '../../tests/helpers/fuzz/harness';
import { fixtureBuffer } from '../../tests/helpers/io';

/** The fast subset of `npm run fuzz` (which runs 10,000 inputs per format): the same harness, fewer inputs. */
const FAST_COUNT = 800;

describe('fuzz: mutated and truncated files load consistently or are refused with a message for a person', () => {
  for (const format of FUZZ_FORMATS) {
    it(`${format.name}: ${FAST_COUNT} mutated files`, async () => {
      const r = await fuzzFormat(format, 0x5eed + format.name.length * 7919, FAST_COUNT);
      expect(r.failures).toEqual([]);
      expect(r.counts.loaded + r.counts.refused).toBe(FAST_COUNT);
      // Both outcomes occur, so the mutations are neither all fatal nor all harmless.
      expect(r.counts.refused).toBeGreaterThan(50);
      expect(r.counts.loaded).toBeGreaterThan(20);
    });
  }
});

describe('fuzz: an ONNX model cut at every byte loads consistently or is refused', () => {
  it.each(['onnx/torch_cnn.onnx', 'onnx/typed.onnx'])('%s', async (rel) => {
    const b = new Uint8Array(fixtureBuffer(rel));
    const out = { loaded: 0, refused: 0 };
    for (let n = 0; n < b.length; n++) {
      const { outcome, message } = await attempt([new File([b.slice(0, n)], 'm.onnx')]);
      if (outcome !== 'loaded' && outcome !== 'refused') throw new Error(`prefix ${n}: ${outcome}: ${message}`);
      out[outcome]++;
    }
    // Only the whole file is a complete model; some prefixes end between initializers and still parse.
    expect(out.loaded + out.refused).toBe(b.length);
    expect(out.refused).toBeGreaterThan(b.length * 0.9);
  });
});

describe('isLeaky', () => {
  it('flags parser internals and passes located messages', () => {
    expect(isLeaky('truncated or corrupt protobuf in graph at byte 9: index out of range: 9 + 4 > 10')).toBe(true);
    expect(isLeaky("weight 'w': unsupported dtype undefined")).toBe(true);
    expect(isLeaky("header (bytes 8–90) is not valid JSON at character 5: expected ':' after property name")).toBe(false);
  });
});
