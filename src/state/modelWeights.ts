import { weightsId, type ModelWeights } from './modelLab';

/**
 * What the Worker must do so that the lab runs on `want`: nothing (it is in use), switch to a model it holds, train
 * one (deterministic from epochs and seed), or wait for the user to open their own files again (`pending`).
 */
export type WeightsStep = 'none' | 'use' | 'train' | 'pending';

/** The step from the weights in use (`using`) and the ones held (`loaded`) to the weights the inputs ask for. */
export function weightsStep(want: ModelWeights, using: ModelWeights | null, loaded: readonly ModelWeights[]): WeightsStep {
  if (using === null || weightsId(want) === weightsId(using)) return 'none';
  if (loaded.some((w) => weightsId(w) === weightsId(want))) return 'use';
  return want.kind === 'own' ? 'pending' : 'train';
}

/** `loaded` with `w` in place of the held model of its kind (the Worker keeps one of each). */
export function withLoaded(loaded: readonly ModelWeights[], w: ModelWeights): ModelWeights[] {
  return [...loaded.filter((l) => l.kind !== w.kind), w];
}
