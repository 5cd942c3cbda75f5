/** fakeQuantSTE against real PyTorch 1.13 (tests/fixtures/qat/torch_ste.json from scripts/fixtures/gen_qat.py). */
import '@tensorflow/tfjs'; // Node: the CJS bundle registers the gradients into the same tfjs-core instance
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeQuantSTE, fakeQuantize, initBackend } from '../index';
import type { QuantParams } from '../index';
import { tf } from '../tf';

interface SteCase {
  name: string;
  params: QuantParams;
  x: number[];
  dy: number[];
  forward: number[];
  grad: number[];
}

const fixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/qat/torch_ste.json', import.meta.url), 'utf8')) as {
  cases: SteCase[];
};

/** Forward values and gradient of sum(fakeQuantSTE(x)·dy) with respect to x. */
function run(c: SteCase, ste?: 'clipped' | 'identity'): { y: Float32Array; g: Float32Array } {
  const x = tf.tensor1d(c.x);
  const dy = tf.tensor1d(c.dy);
  const y = tf.tidy(() => fakeQuantSTE(x, c.params, ste));
  const g = tf.tidy(() => tf.grad((t: tf.Tensor) => tf.sum(tf.mul(fakeQuantSTE(t, c.params, ste), dy)))(x));
  const out = { y: y.dataSync() as Float32Array, g: g.dataSync() as Float32Array };
  tf.dispose([x, dy, y, g]);
  return out;
}

beforeAll(async () => {
  await initBackend({ preferGpu: false });
});

describe('fakeQuantSTE matches torch.fake_quantize_per_tensor_affine', () => {
  for (const c of fixture.cases) {
    it(`${c.name}: forward equals torch and the core's fakeQuantize bit for bit`, async () => {
      const { y } = run(c);
      expect(Array.from(y)).toEqual(c.forward.map(Math.fround));
      expect(Array.from(await fakeQuantize(new Float32Array(c.x), c.params))).toEqual(Array.from(y));
    });
    it(`${c.name}: clipped STE gradient is dy inside [qmin, qmax] and 0 outside, as torch`, () => {
      const { g } = run(c, 'clipped');
      expect(Array.from(g)).toEqual(c.grad.map(Math.fround));
      expect(g.some((v) => v === 0)).toBe(true); // the fixture reaches beyond both ends
    });
    it(`${c.name}: identity STE passes dy everywhere`, () => {
      expect(Array.from(run(c, 'identity').g)).toEqual(c.dy.map(Math.fround));
    });
  }

  it('leaves no tensor behind (forward and gradient)', () => {
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) run(fixture.cases[0]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
