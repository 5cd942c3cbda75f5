import { growingHistogram, histogram, histogramDomain, tensorStats } from '../core/math';
import type { TensorSource } from '../io';
import { OVERVIEW_BINS, type Progress, type TensorSummary } from './api';

/** Tensors with more elements than this are analysed in streaming mode: read twice in chunks, never held. */
export const STREAM_THRESHOLD = 64 * 2 ** 20;
/** Tensors with more elements than this are read in chunks (with progress and Cancel) even when they are held. */
export const CHUNKED_THRESHOLD = 4 * 2 ** 20;
/** Bytes read per chunk. */
export const CHUNK_BYTES = 16 * 2 ** 20;

/** Callbacks of a long read: progress in bytes, and a check that throws when the user cancelled. */
export interface ReadHooks {
  progress(p: Progress): void;
  checkCancelled(): void;
}

/** Statistics and the overview histogram of values held in memory. */
export function summarize(name: string, shape: number[], data: Float32Array): TensorSummary {
  const stats = tensorStats(data);
  const { lo, hi } = histogramDomain(stats.min, stats.max);
  return { name, shape, stats, overview: histogram(data, lo, hi, OVERVIEW_BINS), streamed: false };
}

/**
 * Reads tensor `name` of `source`. Small tensors are read whole; large ones in 16 MiB chunks with progress;
 * tensors over STREAM_THRESHOLD elements (when the format allows byte ranges) are summarised in one chunked
 * pass — exact statistics and a histogram whose range grows by exact doubling — and not kept (`data` is null;
 * errors then come from the histogram).
 */
export async function readTensor(
  source: TensorSource,
  name: string,
  hooks: ReadHooks,
  limits = { stream: STREAM_THRESHOLD, chunked: CHUNKED_THRESHOLD, chunkBytes: CHUNK_BYTES },
): Promise<{ summary: TensorSummary; data: Float32Array | null }> {
  const info = source.tensors.find((t) => t.name === name);
  const count = info ? info.shape.reduce((a, b) => a * b, 1) : 0;
  const { stream } = source;
  if (!info || !stream || count <= limits.chunked) {
    const t = await source.read(name);
    return { summary: summarize(t.name, t.shape, t.data), data: t.data };
  }
  const onProgress = (done: number, total: number) => {
    hooks.checkCancelled();
    hooks.progress({ phase: 'read', done, total });
  };
  if (count <= limits.stream) {
    const data = new Float32Array(count);
    let offset = 0;
    await stream(
      name,
      (values, done, total) => {
        data.set(values, offset);
        offset += values.length;
        onProgress(done, total);
      },
      limits.chunkBytes,
    );
    return { summary: summarize(name, info.shape, data), data };
  }
  const pass = growingHistogram(OVERVIEW_BINS);
  await stream(
    name,
    (values, done, total) => {
      pass.add(values);
      onProgress(done, total);
    },
    limits.chunkBytes,
  );
  const { stats: whole, histogram: overview } = pass.finish();
  return { summary: { name, shape: info.shape, stats: whole, overview, streamed: true }, data: null };
}
