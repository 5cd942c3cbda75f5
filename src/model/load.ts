import type { LoadedTensor, TensorSource } from '../io/types';
import { modelError } from './errors';
import { PIXELS } from './data/digitsFile';
import type { DenseLayer, LayerActivation, MlpWeights } from './types';

const ACTIVATIONS: readonly LayerActivation[] = ['gelu', 'gelu10', 'relu', 'linear'];
/** Classes of the digits model's output. */
export const CLASSES = 10;

/** `__metadata__.layers` of a model file: [{name, activation}] in order; throws a coded error (modelError) when malformed. */
export function parseLayerList(json: string): { name: string; activation: LayerActivation }[] {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    throw modelError('layersNotJson');
  }
  if (!Array.isArray(v) || v.length === 0) throw modelError('layersNotList');
  return v.map((e: unknown, i) => {
    const o = (e ?? {}) as { name?: unknown; activation?: unknown };
    if (typeof o.name !== 'string') throw modelError('layerNoName', { index: i });
    const act = o.activation ?? (i === v.length - 1 ? 'linear' : 'gelu');
    if (typeof act !== 'string' || !(ACTIVATIONS as readonly string[]).includes(act)) {
      throw modelError('badActivation', { layer: o.name, activation: String(act), allowed: ACTIVATIONS.join(', ') });
    }
    return { name: o.name, activation: act as LayerActivation };
  });
}

const fmt = (shape: readonly number[]): string => `[${shape.join(', ')}]`;

/** Layer names in order from `<name>.weight` tensors chained by shape (784 → … → 10) when the file lists no layers. */
function inferOrder(shapes: Map<string, number[]>): string[] {
  const weights = [...shapes].filter(([n, s]) => n.endsWith('.weight') && s.length === 2).map(([n, s]) => ({ name: n.slice(0, -7), s }));
  const order: string[] = [];
  let inDim = PIXELS;
  while (order.length < weights.length) {
    const next = weights.find((w) => w.s[1] === inDim && !order.includes(w.name));
    if (!next) break;
    order.push(next.name);
    inDim = next.s[0];
  }
  if (order.length === 0) throw modelError('noFirstLayer', { inDim: PIXELS });
  return order;
}

/**
 * An MLP from a file's tensors (PyTorch layout: `<layer>.weight` [out, in], `<layer>.bias` [out]); layer order and
 * activations from metadata `layers` if present, else chained by shape with GELU hidden layers and a linear output.
 * Input must be 784, output 10; a misfit throws an Error naming the tensor, its shape and the expected shape.
 */
export async function loadMlpWeights(source: TensorSource | LoadedTensor[]): Promise<MlpWeights> {
  const list = Array.isArray(source) ? source : null;
  const infos = list ?? (source as TensorSource).tensors;
  const shapes = new Map(infos.map((t) => [t.name, t.shape]));
  const meta = list ? undefined : (source as TensorSource).metadata?.layers;
  const spec = meta
    ? parseLayerList(meta)
    : inferOrder(shapes).map((name, i, all) => ({ name, activation: (i === all.length - 1 ? 'linear' : 'gelu') as LayerActivation }));
  const read = async (name: string): Promise<Float32Array> => {
    const t = list ? list.find((x) => x.name === name) : await (source as TensorSource).read(name);
    if (!t) throw modelError('tensorMissing', { name });
    return t.data;
  };
  const layers: DenseLayer[] = [];
  let inDim = PIXELS;
  for (let i = 0; i < spec.length; i++) {
    const { name, activation } = spec[i];
    const last = i === spec.length - 1;
    const ws = shapes.get(`${name}.weight`);
    if (!ws) throw modelError('weightMissing', { name, inDim });
    const outDim = last ? CLASSES : ws[0];
    if (ws.length !== 2 || ws[1] !== inDim || ws[0] !== outDim) {
      throw modelError('weightShape', { name, shape: fmt(ws), outDim: last ? CLASSES : 'out', inDim });
    }
    const bs = shapes.get(`${name}.bias`);
    if (!bs) throw modelError('biasMissing', { name, outDim });
    if (bs.length !== 1 || bs[0] !== outDim) throw modelError('biasShape', { name, shape: fmt(bs), outDim });
    layers.push({ name, weight: await read(`${name}.weight`), bias: await read(`${name}.bias`), inDim, outDim, activation });
    inDim = outDim;
  }
  if (inDim !== CLASSES) throw modelError('lastLayerOutputs', { outputs: inDim, classes: CLASSES });
  return { layers };
}
