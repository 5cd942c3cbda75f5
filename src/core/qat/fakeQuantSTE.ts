import { tf } from '../tf';
import type { QuantParams } from '../types';

/** Backward of fake quantization: 'clipped' passes the gradient where the unclamped code is in [qmin, qmax] (torch), 'identity' everywhere. */
export type SteKind = 'clipped' | 'identity';

/** Step size and its float32 reciprocal, tensors broadcasting against x (a scalar, or [out, 1] for per-row weights). */
export interface ScaleTensors {
  scale: tf.Tensor;
  inv: tf.Tensor;
}

/**
 * Fake quantization with a straight-through estimator; `scaleOf(x)` gives the step (computed inside the op, so no
 * gradient flows into it): forward fl32((clamp(rint(fl32(x·inv)) + zp, qmin, qmax) − zp)·scale); backward dy·mask
 * ('clipped': mask = 1 where the unclamped code is in [qmin, qmax]) or dy ('identity').
 */
export function fakeQuantSTEWith(
  x: tf.Tensor,
  scaleOf: (x: tf.Tensor) => ScaleTensors,
  zeroPoint: number,
  qmin: number,
  qmax: number,
  ste: SteKind = 'clipped',
): tf.Tensor {
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const t = args[0] as tf.Tensor;
    const save = args[1] as tf.GradSaveFunc;
    const { scale, inv } = scaleOf(t);
    const raw = tf.add(tf.round(tf.mul(t, inv)), zeroPoint); // also turns a −0 code into +0, as torch's integer codes
    save([raw]);
    const clamped = tf.clipByValue(raw, qmin, qmax);
    const value = tf.mul(zeroPoint === 0 ? clamped : tf.sub(clamped, zeroPoint), scale); // zp = 0: one op fewer
    return {
      value,
      gradFunc: (dy, saved) => {
        if (ste === 'identity') return [dy];
        const r = saved[0];
        return [tf.mul(dy, tf.cast(tf.logicalAnd(tf.greaterEqual(r, qmin), tf.lessEqual(r, qmax)), 'float32'))];
      },
    };
  });
  return f(x);
}

/**
 * fakeQuantize as a differentiable tfjs op (DESIGN §3): forward bit-identical to the core's fakeQuantize for per-tensor
 * params p; backward 1 where the unclamped code rint(x·fl32(1/scale)) + zp lies in [qmin, qmax] and 0 outside
 * ('clipped', torch.fake_quantize_per_tensor_affine's backward), or 1 everywhere ('identity').
 */
export function fakeQuantSTE(x: tf.Tensor, p: QuantParams, ste: SteKind = 'clipped'): tf.Tensor {
  const inv = Math.fround(1 / p.scale);
  return fakeQuantSTEWith(x, () => ({ scale: tf.scalar(p.scale), inv: tf.scalar(inv) }), p.zeroPoint, p.qmin, p.qmax, ste);
}
