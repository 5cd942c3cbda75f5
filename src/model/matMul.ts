import { tf } from '../core/tf';

/**
 * x [n, in] · wT [in, out] with a gradient that transposes explicitly: tfjs-wasm 4.22's matMul with transposeA or
 * transposeB (what the built-in gradient uses) is about 10× slower than a transpose followed by a plain matMul.
 */
export const denseMatMul = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const x = args[0] as tf.Tensor2D;
  const wT = args[1] as tf.Tensor2D;
  const save = args[2] as tf.GradSaveFunc;
  save([x, wT]);
  return {
    value: tf.matMul(x, wT),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [sx, sw] = saved as tf.Tensor2D[];
      return [tf.matMul(dy as tf.Tensor2D, tf.transpose(sw)), tf.matMul(tf.transpose(sx), dy as tf.Tensor2D)];
    },
  };
}) as (x: tf.Tensor2D, wT: tf.Tensor2D) => tf.Tensor2D;
