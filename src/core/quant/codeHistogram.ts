import { tf } from '../tf';
import type { QuantParams } from '../types';
import { codes } from './fakeQuantize';

/** How many finite elements land on each code: counts[k] is the count of code qmin + k (tfjs bincount). */
export async function codeHistogram(x: Float32Array, p: QuantParams): Promise<Float64Array> {
  await tf.ready();
  const size = p.qmax - p.qmin + 1;
  const counts = tf.tidy(() => {
    const t = tf.tensor1d(x);
    const finite = tf.isFinite(t);
    const q = tf.sub(codes(tf.where(finite, t, tf.zerosLike(t)), p), tf.scalar(p.qmin));
    const weights = tf.cast(finite, 'float32'); // non-finite elements weigh 0
    return tf.bincount(tf.reshape<tf.Rank.R1>(tf.cast(q, 'int32'), [-1]), weights, size);
  });
  try {
    return Float64Array.from(await counts.data());
  } finally {
    counts.dispose();
  }
}
