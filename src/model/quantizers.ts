import { qparams } from '../core/quant/qparams';
import { modelError } from './errors';
import { ACTIVATION_METHODS } from './methods';
import { fakeQuantizeSync } from '../core/quant/fakeQuantizeSync';
import { channelParamsSync } from '../core/granularity/channelParams';
import { fakeQuantizePerChannel } from '../core/granularity/sliceQuantize';
import { tensorStats } from '../core/hist/tensorStats';
import type { CalibMethod, QuantParams, QuantSpec, Range } from '../core/types';
import type { ActivationMethod, ActivationQuant, DenseLayer, WeightQuant } from './types';

/** Weights: symmetric, signed, narrow range [−(2^(b−1)−1), 2^(b−1)−1], so scale = amax/(2^(b−1)−1) (TensorRT). */
export function weightSpec(bits: number): QuantSpec {
  return { bits, mode: 'symmetric', signed: true, narrowRange: true };
}

/** Activations: symmetric = signed narrow range (scale amax/(2^(b−1)−1), as the weights); affine = unsigned [0, 2^b−1]. */
export function activationSpec(a: Pick<ActivationQuant, 'bits' | 'mode'>): QuantSpec {
  return a.mode === 'symmetric'
    ? { bits: a.bits, mode: 'symmetric', signed: true, narrowRange: true }
    : { bits: a.bits, mode: 'affine', signed: false, narrowRange: false };
}

/** Scale and zero point per output row ([out] entries) or one for the whole weight ([1] entry). */
export function weightParams(layer: DenseLayer, q: WeightQuant): QuantParams[] {
  const spec = weightSpec(q.bits);
  if (q.granularity === 'per-channel') return channelParamsSync(layer.weight, [layer.outDim, layer.inDim], 0, spec);
  const s = tensorStats(layer.weight);
  return [qparams({ min: s.min, max: s.max }, spec)];
}

/** The layer's weight fake-quantized (row-major [out, in], float32), bit-identical to torch's fake_quantize_per_{channel,tensor}_affine. */
export function fakeQuantWeight(layer: DenseLayer, q: WeightQuant): Float32Array {
  const p = weightParams(layer, q);
  return p.length === 1 ? fakeQuantizeSync(layer.weight, p[0]) : fakeQuantizePerChannel(layer.weight, [layer.outDim, layer.inDim], 0, p);
}

export { ACTIVATION_METHODS };

/** The core's calibrator for a report name ('histogram' = HistogramObserver); throws on an unknown name. */
export function calibMethod(name: ActivationMethod): CalibMethod {
  if (name === 'max' || name === 'entropy' || name === 'mse') return { kind: name };
  if (name === 'histogram') return { kind: 'histogram-observer' };
  const m = /^percentile-(\d+(?:\.\d+)?)$/.exec(name);
  if (m) return { kind: 'percentile', percentile: Number(m[1]) };
  throw modelError('unknownMethod', { method: name, allowed: ACTIVATION_METHODS.join(', ') });
}

/** Per-tensor activation parameters for a calibrated range. */
export function activationParams(range: Range, a: Pick<ActivationQuant, 'bits' | 'mode'>): QuantParams {
  return qparams(range, activationSpec(a));
}
