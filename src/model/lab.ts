import { calibrationCache, type CalibrationCache } from './calibCache';
import { evaluatePtq } from './ptq';
import type { Calibration, Digits, MlpWeights, PartialRow, Progress, PtqConfig, PtqRow, SensitivityRow } from './types';

/** Throws an Error named 'AbortError' when the signal has fired. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) {
    const e = new Error('cancelled');
    e.name = 'AbortError';
    throw e;
  }
}

const pause = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Accuracy of one config and the activation ranges it used (null when activations stay float), calibrating through the cache. */
export async function evaluateCached(
  model: MlpWeights,
  test: Digits,
  cache: CalibrationCache,
  cfg: PtqConfig,
): Promise<{ accuracy: number; calibration: Calibration | null }> {
  const calibration = cfg.activations ? await cache.get(cfg.activations, cfg.gelu10) : null;
  return { accuracy: (await evaluatePtq(model, test, cfg, calibration)).accuracy, calibration };
}

/** Evaluates configs in order (calibration included, shared across rows); yields between rows so Cancel is seen. */
async function evaluateAll(
  model: MlpWeights,
  calib: Digits,
  test: Digits,
  configs: readonly PtqConfig[],
  onProgress?: Progress,
  signal?: AbortSignal,
): Promise<{ accuracy: number; calibration: Calibration | null }[]> {
  const cache = calibrationCache(model, calib);
  const out: { accuracy: number; calibration: Calibration | null }[] = [];
  for (const cfg of configs) {
    throwIfAborted(signal);
    out.push(await evaluateCached(model, test, cache, cfg));
    onProgress?.(out.length, configs.length);
    await pause();
  }
  return out;
}

/** The PTQ table: each config's test accuracy, activations calibrated on `calib`. */
export async function ptqTable(
  model: MlpWeights,
  calib: Digits,
  test: Digits,
  configs: readonly PtqConfig[],
  onProgress?: Progress,
  signal?: AbortSignal,
): Promise<PtqRow[]> {
  const acc = await evaluateAll(model, calib, test, configs, onProgress, signal);
  return configs.map((config, i) => ({ config, ...acc[i] }));
}

/** The bit width a sensitivity row reports: the weights' bits, else the activations'. */
export function configBits(cfg: PtqConfig): number {
  return cfg.weights?.bits ?? cfg.activations?.bits ?? 32;
}

/** Sensitivity: `base` applied to one layer at a time ('only', the others float) and to all layers but one ('all-but'). */
export async function sensitivity(
  model: MlpWeights,
  calib: Digits,
  test: Digits,
  base: PtqConfig,
  onProgress?: Progress,
  signal?: AbortSignal,
): Promise<SensitivityRow[]> {
  const names = model.layers.map((l) => l.name);
  const rows = names.flatMap((layer) => [
    { layer, kind: 'only' as const, float: names.filter((n) => n !== layer) },
    { layer, kind: 'all-but' as const, float: [layer] },
  ]);
  const acc = await evaluateAll(
    model,
    calib,
    test,
    rows.map((r) => ({ ...base, float: r.float })),
    onProgress,
    signal,
  );
  return rows.map((r, i) => ({ layer: r.layer, kind: r.kind, bits: configBits(base), accuracy: acc[i].accuracy }));
}

/** Layers from most to least sensitive: lowest accuracy when quantized alone first (ties keep layer order). */
export function sensitivityOrder(rows: readonly SensitivityRow[]): string[] {
  return rows
    .filter((r) => r.kind === 'only')
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.accuracy - b.r.accuracy || a.i - b.i)
    .map(({ r }) => r.layer);
}

/** Partial quantization: accuracy with the k most sensitive layers (order[0..k)) kept in float, for k = 0 … order.length. */
export async function partialSweep(
  model: MlpWeights,
  calib: Digits,
  test: Digits,
  base: PtqConfig,
  order: readonly string[],
  onProgress?: Progress,
  signal?: AbortSignal,
): Promise<PartialRow[]> {
  const floats = order.map((_, k) => order.slice(0, k)).concat([order.slice()]);
  const acc = await evaluateAll(
    model,
    calib,
    test,
    floats.map((float) => ({ ...base, float })),
    onProgress,
    signal,
  );
  return floats.map((float, k) => ({ k, float, accuracy: acc[k].accuracy }));
}
