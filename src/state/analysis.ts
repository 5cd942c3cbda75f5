import { create } from 'zustand';
import type { ErrorStats, QuantParams } from '../core/math';
import type { CalibrationRow, Progress, SourceListing, TensorSummary } from '../worker/api';
import { DEFAULT_SOURCE, sourceKey, type Source } from './source';

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
  /** Calibrators' choices (their ranges are what a calibrator clip resolves to); `key` says for which tensor, spec and methods. */
  calibrations: { key: string; generation: number; rows: CalibrationRow[] } | null;
  backend: string | null;
  /** Progress of a long Worker call (download, large read), with when it started and how long it has run (ms). */
  progress: (Progress & { startedAt: number; elapsedMs: number }) | null;
}

/** The analysis store's actions: the only ways the Worker's results enter it. */
export interface AnalysisActions {
  startLoading(): void;
  /**
   * A tensor from `source` arrived: it replaces the one on screen, and results of the previous one stop counting;
   * `viewClamped` says the scene's range or zoom had to be limited for it. A fallback's own message stays.
   */
  loaded(summary: TensorSummary, source: Source, viewClamped: boolean): void;
  /** A computation failed: the message is shown; everything on screen stays. */
  failed(message: string): void;
  /** Loading failed: the message is shown, the listing of the tensor on screen comes back; `fellBack` when there was none. */
  loadFailed(message: string, fellBack: boolean): void;
  setListing(listing: SourceListing, key: string): void;
  /** Exact figures for the tensor of `generation` (dropped if another tensor has arrived since). */
  setExact(generation: number, exact: ExactResult): void;
  setCalibrations(generation: number, key: string, rows: CalibrationRow[]): void;
  setBackend(backend: string): void;
  /** Progress of the running call (null when it ends); the start time is kept across updates. */
  setProgress(progress: Progress | null): void;
}

export const useAnalysis = create<AnalysisState & AnalysisActions>()((set, get) => ({
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
  startLoading: () => set({ loading: true }),
  loaded: (summary, source, viewClamped) =>
    set((a) => {
      const keep = a.fellBack && sourceKey(source) === sourceKey(DEFAULT_SOURCE); // the fallback's own message stays
      return {
        summary,
        loadedSource: source,
        loadedListing: { listing: a.listing, listingKey: a.listingKey },
        generation: a.generation + 1,
        loading: false,
        error: keep ? a.error : null,
        fellBack: keep,
        viewClamped,
        exact: null,
      };
    }),
  failed: (message) => set({ loading: false, error: message }),
  loadFailed: (message, fellBack) => set((a) => ({ loading: false, error: message, fellBack, ...(a.loadedListing ?? {}) })),
  setListing: (listing, listingKey) => set({ listing, listingKey }),
  setExact: (generation, exact) => get().generation === generation && set({ exact }),
  setCalibrations: (generation, key, rows) => get().generation === generation && set({ calibrations: { key, generation, rows } }),
  setBackend: (backend) => set({ backend }),
  setProgress: (p) =>
    set((a) => {
      const now = performance.now();
      const startedAt = a.progress?.startedAt ?? now;
      return { progress: p && { ...p, startedAt, elapsedMs: now - startedAt } };
    }),
}));

/** Identity of a parameter set on the current tensor, to match exact results to what is on screen. */
export function exactKey(generation: number, p: QuantParams): string {
  return `${generation}:${p.scale}:${p.zeroPoint}:${p.qmin}:${p.qmax}`;
}
