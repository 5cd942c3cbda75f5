import type { CalibMethod, ErrorStats, Histogram, QuantParams, QuantSpec, Range, TensorStats } from '../core/math';
import type { OpenStep } from '../io/types';
import type { SampleSpec } from '../samples/samples';
import type { ActivationLabRequest, ActivationLabResult } from './activationLab';
import type { SmoothLabResult } from './smoothLab';
import type { GranularityRequest, GranularityResult, GranularityRow } from './granularity';
import type { FloatFormatsResult } from './floatFormats';
import type { BlockFormatsResult } from './blockFormats';

/** Number of bins of the full-range histogram every analysis starts from (also feeds the per-frame estimate). */
export const OVERVIEW_BINS = 2048;

/** What the app knows of the tensor held in the Worker: never its values, only derived numbers. */
export interface TensorSummary {
  name: string;
  shape: number[];
  stats: TensorStats;
  /** OVERVIEW_BINS bins over the finite range [min, max]. */
  overview: Histogram;
  /** Too large to hold: read in chunks and summarised; exact errors and calibrators are not available. */
  streamed: boolean;
}

/** One calibrator's choice on the held tensor: its range, the parameters it implies, and their exact error. */
export interface CalibrationRow {
  method: CalibMethod;
  range: Range;
  params: QuantParams;
  stats: ErrorStats;
}

/** An opened file set (or model, or URL): its format and the tensors it holds, without their values. */
export interface SourceListing {
  format: string;
  tensors: { name: string; dtype: string; shape: number[] }[];
  metadata: Record<string, string>;
  /** Shard files an index names that were not opened (their tensors are missing from `tensors`). */
  missing?: string[];
}

/** The Worker's methods; each runs on the tensor it holds (loaded by the last load* call). */
export interface WorkerApi {
  /** tfjs backend in use ('wasm', 'webgl' or 'cpu'). */
  backend(): string;
  loadSample(spec: SampleSpec): TensorSummary;
  /** Opens local files (format detected from content); they stay open in the Worker until the next open. */
  openFiles(files: File[]): SourceListing;
  /** Fetches files by URL (http/https, or the app's own /models/) and opens them like local files. */
  openUrls(urls: string[]): SourceListing;
  /** Reads one tensor of the open source and holds it. */
  loadTensor(name: string): TensorSummary;
  /** Exact error of fake-quantizing the held tensor, and codeCounts[k] = elements on code qmin + k, from one kernel pass. */
  exact(p: QuantParams): { stats: ErrorStats; codeCounts: Float64Array };
  /** Every method's range for the held tensor under spec, with the exact error of each. */
  calibrations(spec: QuantSpec, methods: CalibMethod[]): CalibrationRow[];
  /** Channel ranges, per-channel and group-wise errors of the held tensor (2-D or more): what does not follow the range. */
  granularity(req: GranularityRequest): GranularityResult;
  /** Per-tensor quantization under p seen channel by channel along axis (levels per channel, and the total). */
  granularityPerTensor(axis: number, p: QuantParams): GranularityRow;
  /** Histogram of channel `channel` along `axis` of the held tensor, over its own range. */
  channelHistogram(axis: number, channel: number, bins: number): Histogram;
  /** Cast errors of the held tensor in fp16, bf16 and fp8, and its log2|x| histogram. */
  floatFormats(): FloatFormatsResult;
  /** Block formats vs INT8/INT4 on the held tensor, and its stored block scales (GGUF) reduced to at most `bins` bins. */
  blockFormats(bins: number): BlockFormatsResult;
  /** The activation lab's figures (its own seeded pre-activations; the held tensor is untouched). */
  activationLab(req: ActivationLabRequest): ActivationLabResult;
  /** The SmoothQuant lab at strength α on seeded LLM-like matrices, or on tensors `own.x` and `own.w` of the open file. */
  smoothLab(alpha: number, seed: number, own: { x: string; w: string } | null): SmoothLabResult;
  /** Histogram of the held tensor over [lo, hi] (for zoomed views). */
  histogram(lo: number, hi: number, bins: number): Histogram;
}

export type Method = keyof WorkerApi;

/** A call sent to the Worker. */
export interface Request<M extends Method = Method> {
  id: number;
  method: M;
  args: Parameters<WorkerApi[M]>;
}

/**
 * How far a long call has come: `done` of `total` units — bytes for 'download' (decoded bytes) and 'read', items for
 * the opening steps ('files' sniffed, zip 'members' listed, manifest 'shards' resolved); total 0 when unknown.
 */
export interface Progress {
  phase: 'download' | 'read' | OpenStep;
  done: number;
  total: number;
}

/**
 * The Worker's answer to call `id`: a result, an error message, word that it stopped because it was abandoned,
 * or (any number of times before those) its progress.
 */
export type Response =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string }
  | { id: number; ok: false; superseded: true }
  | { id: number; progress: Progress };

/** Sent outside the call queue: stop the running call at its next checkpoint (it then fails with "cancelled"); `ids`, when given, are the calls meant. */
export interface CancelMessage {
  cancel: true;
  ids?: number[];
}

/** Sent outside the call queue: call `abandon` was superseded; if it is running, it stops at its next chunk boundary. */
export interface AbandonMessage {
  abandon: number;
}
