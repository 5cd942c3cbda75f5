import { create } from 'zustand';
import type { ErrorStats, QuantParams } from '../core/math';
import type { TensorSummary } from '../worker/api';

/** Exact figures for one set of parameters on one loaded tensor. */
export interface ExactResult {
  key: string;
  stats: ErrorStats;
  /** counts[k] = elements on code qmin + k. */
  codeCounts: Float64Array;
}

/** What the Worker has computed from the scene: derived data only, never an input. */
export interface AnalysisState {
  /** Summary of the tensor on screen; the previous one stays while a new one loads or if it fails. */
  summary: TensorSummary | null;
  /** Increments with each tensor loaded, so results of an older tensor are never shown for a newer one. */
  generation: number;
  loading: boolean;
  /** Message of the last failed load or computation, shown until the next success. */
  error: string | null;
  exact: ExactResult | null;
  backend: string | null;
}

export const useAnalysis = create<AnalysisState>()(() => ({
  summary: null,
  generation: 0,
  loading: false,
  error: null,
  exact: null,
  backend: null,
}));

/** Identity of a parameter set on the current tensor, to match exact results to what is on screen. */
export function exactKey(generation: number, p: QuantParams): string {
  return `${generation}:${p.scale}:${p.zeroPoint}:${p.qmin}:${p.qmax}`;
}
