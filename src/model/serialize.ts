import { encodeSafetensors } from '../io/write/writeSafetensors';
import { openFiles } from '../io/openFiles';
import { loadMlpWeights } from './load';
import type { MlpWeights } from './types';

/** The model as safetensors: `<layer>.weight` [out, in], `<layer>.bias` [out] (PyTorch layout), `__metadata__.layers` = JSON [{name, activation}]. */
export function mlpToSafetensors(model: MlpWeights): Uint8Array {
  const tensors = model.layers.flatMap((l) => [
    { name: `${l.name}.weight`, data: l.weight, shape: [l.outDim, l.inDim] },
    { name: `${l.name}.bias`, data: l.bias, shape: [l.outDim] },
  ]);
  return encodeSafetensors(tensors, { layers: JSON.stringify(model.layers.map((l) => ({ name: l.name, activation: l.activation }))) });
}

/** Parses a model file's bytes (safetensors, npz…, detected from content) into an MLP; errors name the misfit tensor. */
export async function mlpFromBytes(bytes: Uint8Array, fileName = 'model.safetensors'): Promise<MlpWeights> {
  return loadMlpWeights(await openFiles([new File([bytes.slice()], fileName)]));
}
