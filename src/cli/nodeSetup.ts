// Node entry points only: tfjs-core's Node bundle ships no gradients; @tensorflow/tfjs's Node bundle registers them.
import '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { initBackend } from '../core';
import { SHIPPED_WEIGHTS_URL } from '../model/weights/shipped';
import { mlpFromBytes } from '../model/serialize';
import type { MlpWeights } from '../model/types';

/** Initialises the wasm backend (single-threaded SIMD, as in the app) with gradients registered; resolves to its name. */
export function nodeBackend(): Promise<string> {
  return initBackend({ preferGpu: false });
}

/** The shipped pretrained MLP read from the repository. */
export function shippedModel(): Promise<MlpWeights> {
  return mlpFromBytes(readFileSync(fileURLToPath(SHIPPED_WEIGHTS_URL)));
}
