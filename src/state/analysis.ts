import { create } from 'zustand';
import type { ErrorStats, QuantParams } from '../core/math';
import type { CalibrationRow, Progress, SourceListing, TensorSummary } from '../worker/api';
import type { Source } from './source';

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
  /** The source `summary` was loaded from (the scene's source may already name the next one). */
  loadedSource: Source | null;
  /** Tensors of the open file set, and which container (see containerKey) they belong to. */
  listing: SourceListing | null;
  listingKey: string | null;
  /** Increments with each tensor loaded, so results of an older tensor are never shown for a newer one. */
  generation: number;
  loading: boolean;
  /** Message of the last failed load or computation, shown until the next success. */
  error: string | null;
  /** The scene's range or zoom went beyond what the chart can draw for the loaded tensor and was limited (notice). */
  viewClamped: boolean;
  /** Why the computing Worker was last replaced (it stopped), for the notice; null if it never was. */
  workerRestart: string | null;
  /** Counts Worker restarts: the tensor on screen is loaded again into each new Worker. */
  restarts: number;
  /** The failed load had nothing before it, so the default sample is shown instead (the message says so). */
  fellBack: boolean;
  /** The listing that goes with `loadedSource`, restored when loading from a newly opened file fails or is cancelled. */
  loadedListing: { listing: SourceListing | null; listingKey: string | null } | null;
  exact: ExactResult | null;
  /** Calibrators' choices for the current tensor and spec; `key` says for which. */
  calibrations: { key: string; rows: CalibrationRow[] } | null;
  backend: string | null;
  /** Progress of a long Worker call (download, large read), with when it started and how long it has run (ms). */
  progress: (Progress & { startedAt: number; elapsedMs: number }) | null;
}

export const useAnalysis = create<AnalysisState>()(() => ({
  summary: null,
  loadedSource: null,
  listing: null,
  listingKey: null,
  generation: 0,
  loading: false,
  error: null,
  fellBack: false,
  workerRestart: null,
  restarts: 0,
  viewClamped: false,
  loadedListing: null,
  exact: null,
  calibrations: null,
  backend: null,
  progress: null,
}));

/** Identity of a parameter set on the current tensor, to match exact results to what is on screen. */
export function exactKey(generation: number, p: QuantParams): string {
  return `${generation}:${p.scale}:${p.zeroPoint}:${p.qmin}:${p.qmax}`;
}
