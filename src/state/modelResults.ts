import { create } from 'zustand';
import type { EpochReport, PartialRow, PtqConfig, PtqRow } from '../model/types';
import type { CodedText } from '../shared/codedError';
import type { ModelWeights } from './modelLab';
import type { ModelInfo, ModelProgress, QatSummary, QatVariant, Sensitivity } from '../worker/modelApi';

/** A result together with the identity of the inputs it was computed from (see the *Key helpers in modelRuns). */
export interface Keyed<T> {
  key: string;
  value: T;
}

/** A QAT run in progress or finished: step losses and finished epochs' reports as they arrive, then the summary. */
export interface QatRun {
  key: string;
  /** The configuration fake-quantized during training. */
  config: PtqConfig;
  epochs: EpochReport[];
  /** Loss of every optimizer step so far. */
  losses: number[];
  summary: QatSummary | null;
}

/** What the model Worker derived from the model lab's inputs: never written back into them. */
export interface ModelResults {
  info: ModelInfo | null;
  /** The weights `info` describes (null before the first model is loaded). */
  using: ModelWeights | null;
  /** The models the Worker holds, at most one of each kind (it keeps each one to switch back to). */
  loaded: ModelWeights[];
  ptq: Keyed<PtqRow[]> | null;
  sensitivity: Keyed<Sensitivity> | null;
  partial: Keyed<PartialRow[]> | null;
  /** Accuracy with the user's keep-in-float list, when it is not one of the partial sweep's rows. */
  keepFloat: Keyed<number> | null;
  qat: Partial<Record<QatVariant, QatRun>>;
  /** The long call running now and how far it has come; null when the Worker is idle. */
  job: (ModelProgress & { startedAt: number }) | null;
  /** Message of the last failed call (shown until the next success): an engine message by its code, else as it came. */
  error: CodedText | string | null;
  /** A call was cancelled by the user (shown as a note, not an error). */
  cancelled: boolean;
}

export const EMPTY_MODEL_RESULTS: ModelResults = {
  info: null,
  using: null,
  loaded: [],
  ptq: null,
  sensitivity: null,
  partial: null,
  keepFloat: null,
  qat: {},
  job: null,
  error: null,
  cancelled: false,
};

export const useModelResults = create<ModelResults>()(() => EMPTY_MODEL_RESULTS);
