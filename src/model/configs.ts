import { ACTIVATION_METHODS } from './quantizers';
import type { ActivationQuant, PtqConfig, WeightQuant } from './types';

/** A config quantizing every layer with the given weight and activation settings (null = float). */
export function ptqConfig(
  weights: WeightQuant | null,
  activations: ActivationQuant | null,
  gelu10 = false,
  float: string[] = [],
): PtqConfig {
  return { weights, activations, float, gelu10 };
}

/** Stable text key of a config (for de-duplication, sorting and links). */
export function configKey(c: PtqConfig): string {
  const w = c.weights ? `W${c.weights.bits}${c.weights.granularity === 'per-channel' ? 'c' : 't'}` : 'Wf';
  const a = c.activations ? `A${c.activations.bits}${c.activations.mode === 'affine' ? 'a' : 's'}-${c.activations.method}` : 'Af';
  return [w, a, c.gelu10 ? 'gelu10' : '', c.float.length ? `float:${c.float.join('+')}` : ''].filter(Boolean).join(' ');
}

/**
 * The PTQ table's rows for a low width `low` (2–8; weights and activations may differ): weight-only W8 and W`wLow`
 * (per-channel and per-tensor), activation-only A8 and A`aLow` (max), W8A8 with every calibrator (symmetric) plus affine
 * max and max + GELU10, the same at W`wLow`A`aLow`, and a few mixed widths. De-duplicated, in that order (≥ 30 rows).
 */
export function defaultPtqConfigs(wLow = 4, aLow = 4): PtqConfig[] {
  const w = (bits: number, granularity: WeightQuant['granularity'] = 'per-channel'): WeightQuant => ({ bits, granularity });
  const a = (bits: number, method = 'max', mode: ActivationQuant['mode'] = 'symmetric'): ActivationQuant => ({ bits, method, mode });
  const block = (wb: number, ab: number): PtqConfig[] => [
    ...ACTIVATION_METHODS.map((m) => ptqConfig(w(wb), a(ab, m))),
    ptqConfig(w(wb), a(ab, 'max', 'affine')),
    ptqConfig(w(wb), a(ab, 'entropy', 'affine')),
    ptqConfig(w(wb, 'per-tensor'), a(ab)),
    ptqConfig(w(wb), a(ab), true),
  ];
  const rows = [
    ptqConfig(w(8), null),
    ptqConfig(w(8, 'per-tensor'), null),
    ptqConfig(w(wLow), null),
    ptqConfig(w(wLow, 'per-tensor'), null),
    ptqConfig(null, a(8)),
    ptqConfig(null, a(aLow)),
    ...block(8, 8),
    ...block(wLow, aLow),
    ptqConfig(w(wLow), a(8)),
    ptqConfig(w(8), a(aLow)),
  ];
  return uniqueConfigs(rows);
}

/** Configs without repeats (by configKey), first occurrence kept. */
export function uniqueConfigs(rows: readonly PtqConfig[]): PtqConfig[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(configKey(r)) && seen.add(configKey(r)));
}
