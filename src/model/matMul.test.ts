import '@tensorflow/tfjs'; // Node: registers the built-in gradients this test compares with
import { beforeAll, expect, it } from 'vitest';
import { initBackend } from '../core';
import { tf } from '../core/tf';
import { denseMatMul } from './matMul';

beforeAll(async () => {
  await initBackend({ preferGpu: false });
});

it('denseMatMul gives the same value and gradients as tf.matMul, and frees its tensors', () => {
  const x = tf.tensor2d([1, 2, 3, -1, 0.5, 2], [2, 3]);
  const wT = tf.tensor2d([1, 0, -1, 2, 3, 1, 0.5, -2, 4, 1, 1, 1], [3, 4]);
  const loss = (f: (a: tf.Tensor2D, b: tf.Tensor2D) => tf.Tensor2D) => (a: tf.Tensor, b: tf.Tensor) =>
    tf.sum(tf.mul(f(a as tf.Tensor2D, b as tf.Tensor2D), tf.range(1, 9).reshape([2, 4])));
  const mine = tf.grads(loss(denseMatMul))([x, wT]);
  const ref = tf.grads(loss((a, b) => tf.matMul(a, b)))([x, wT]);
  expect(Array.from(mine[0].dataSync())).toEqual(Array.from(ref[0].dataSync()));
  expect(Array.from(mine[1].dataSync())).toEqual(Array.from(ref[1].dataSync()));
  tf.dispose([...mine, ...ref]);
  const before = tf.memory().numTensors;
  const y = denseMatMul(x, wT);
  const z = tf.matMul(x, wT);
  expect(Array.from(y.dataSync())).toEqual(Array.from(z.dataSync()));
  tf.dispose([y, z]);
  tf.dispose(tf.grads(loss(denseMatMul))([x, wT]));
  expect(tf.memory().numTensors).toBe(before);
  tf.dispose([x, wT]);
});
