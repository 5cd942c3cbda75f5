import { tf } from '../core/tf';
import { modelError } from './errors';
import { denseMatMul } from './matMul';
import type { DenseLayer, Digits, LayerActivation, MlpWeights } from './types';
import { PIXELS } from './data/digitsFile';

/** A dense layer's parameters as tensors: wT [in, out] (the transpose of PyTorch's weight: tfjs-wasm's matMul with transposeB is ~20× slower), b [out]. */
export interface TensorLayer {
  wT: tf.Tensor2D;
  b: tf.Tensor1D;
  activation: LayerActivation;
}

/** Rewrites the input of dense layer i (e.g. fake-quantizes it); identity when absent. */
export type InputHook = (i: number, x: tf.Tensor2D) => tf.Tensor2D;

/** Exact GELU x·Φ(x) = 0.5·x·(1 + erf(x/√2)). */
export function geluTensor(x: tf.Tensor2D): tf.Tensor2D {
  return tf.mul(tf.mul(x, 0.5), tf.add(1, tf.erf(tf.mul(x, Math.SQRT1_2))));
}

/** Applies a layer's nonlinearity; with gelu10, GELU becomes GELU10 (clamped to [−10, 10]). */
export function applyActivation(x: tf.Tensor2D, activation: LayerActivation, gelu10: boolean): tf.Tensor2D {
  if (activation === 'relu') return tf.relu(x);
  if (activation === 'linear') return x;
  const g = geluTensor(x);
  return activation === 'gelu10' || gelu10 ? tf.clipByValue(g, -10, 10) : g;
}

/** Logits [n, classes] of x [n, inDim]: each layer y = act(hook(i, x)·Wᵀ + b). Call inside tf.tidy. */
export function forward(layers: readonly TensorLayer[], x: tf.Tensor2D, gelu10: boolean, hook?: InputHook): tf.Tensor2D {
  let h = x;
  layers.forEach((l, i) => {
    const input = hook ? hook(i, h) : h;
    h = applyActivation(tf.add(denseMatMul(input, l.wT), l.b), l.activation, gelu10);
  });
  return h;
}

/** The transpose of a row-major [rows, cols] matrix, row-major [cols, rows]. */
export function transpose(m: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(m.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = m[r * cols + c];
  return out;
}

/** Uploads a layer with (possibly fake-quantized) weight values. */
export function layerTensor(layer: DenseLayer, weight: Float32Array = layer.weight): TensorLayer {
  return {
    wT: tf.tensor2d(transpose(weight, layer.outDim, layer.inDim), [layer.inDim, layer.outDim]),
    b: tf.tensor1d(layer.bias),
    activation: layer.activation,
  };
}

/** Frees the tensors of uploaded layers. */
export function disposeLayers(layers: readonly TensorLayer[]): void {
  for (const l of layers) tf.dispose([l.wT, l.b]);
}

/** Digits per forward chunk: bounds memory on big sets without slowing small ones. */
const CHUNK = 2000;

/** Predicted classes (argmax of the logits) for every digit, chunk by chunk. */
export async function predictClasses(layers: readonly TensorLayer[], d: Digits, gelu10: boolean, hook?: InputHook): Promise<Int32Array> {
  await tf.ready();
  const out = new Int32Array(d.n);
  for (let start = 0; start < d.n; start += CHUNK) {
    const end = Math.min(d.n, start + CHUNK);
    const arg = tf.tidy(() => {
      const x = tf.tensor2d(d.x.subarray(start * PIXELS, end * PIXELS), [end - start, PIXELS]);
      return tf.argMax(forward(layers, x, gelu10, hook), 1);
    });
    out.set((await arg.data()) as Int32Array, start);
    arg.dispose();
  }
  return out;
}

/** Fraction of digits whose predicted class equals the label. */
export function accuracyOf(pred: Int32Array, y: Uint8Array): number {
  let ok = 0;
  for (let i = 0; i < y.length; i++) if (pred[i] === y[i]) ok++;
  return y.length === 0 ? 0 : ok / y.length;
}

/** FP32 accuracy of a model on digits. */
export async function evaluateFloat(model: MlpWeights, d: Digits): Promise<number> {
  const layers = model.layers.map((l) => layerTensor(l));
  try {
    return accuracyOf(await predictClasses(layers, d, false), d.y);
  } finally {
    disposeLayers(layers);
  }
}

/** Names of the model's dense layers, in order. */
export function layerNames(model: MlpWeights): string[] {
  return model.layers.map((l) => l.name);
}

/** The input of dense layer `layer` (float model) for every digit, row-major [n, inDim]; the Explorer histograms it. */
export async function recordActivations(model: MlpWeights, d: Digits, layer: string, gelu10 = false): Promise<Float32Array> {
  const index = model.layers.findIndex((l) => l.name === layer);
  if (index < 0) throw modelError('noLayer', { layer, layers: layerNames(model).join(', ') });
  if (index === 0) return d.x.slice();
  await tf.ready();
  const layers = model.layers.slice(0, index).map((l) => layerTensor(l));
  try {
    const h = tf.tidy(() => forward(layers, tf.tensor2d(d.x, [d.n, PIXELS]), gelu10));
    const data = (await h.data()) as Float32Array;
    h.dispose();
    return data;
  } finally {
    disposeLayers(layers);
  }
}
