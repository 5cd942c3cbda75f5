/** Scans the tensors of a TensorSource one by one, each read once in chunks, into overview rows. */
import type { TensorSource } from '../io';
import { overviewAccumulator, type AccumulatorLimits, type TensorHead } from './accumulator';
import type { OverviewRow } from './types';

/** Bytes per chunk read (whole elements). */
export const SCAN_CHUNK_BYTES = 16 * 2 ** 20;

/** Optional hooks of a scan: progress in float32 bytes decoded (per chunk), chunk size and limits. */
export interface ScanHooks {
  onBytes?(bytes: number): void;
  chunkBytes?: number;
  limits?: AccumulatorLimits;
}

/** Message of anything thrown. */
function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The overview row of one listed tensor; a tensor that cannot be read gives a row with its error instead. */
export async function scanTensor(source: TensorSource, head: TensorHead, hooks: ScanHooks = {}): Promise<OverviewRow> {
  const acc = overviewAccumulator(head, hooks.limits);
  const feed = (values: Float32Array): void => {
    acc.add(values);
    hooks.onBytes?.(values.byteLength);
  };
  try {
    if (source.stream) await source.stream(head.name, feed, hooks.chunkBytes ?? SCAN_CHUNK_BYTES);
    else feed((await source.read(head.name)).data);
    return acc.finish();
  } catch (err) {
    return { index: head.index, name: head.name, dtype: head.dtype, shape: head.shape, error: messageOf(err) };
  }
}

/** The listed tensors of a source as scan heads, in listing order (TensorFlow.js keeps output channels on the last axis). */
export function tensorHeads(source: TensorSource): TensorHead[] {
  const outputAxis = source.format === 'tfjs' ? 'last' : 'first';
  return source.tensors.map((t, index) => ({ index, name: t.name, dtype: t.dtype, shape: t.shape, outputAxis }));
}

/** Scans every tensor of `source` in listing order (one thread); `onRow` sees each row as it is finished. */
export async function scanSource(source: TensorSource, hooks: ScanHooks = {}, onRow?: (row: OverviewRow) => void): Promise<OverviewRow[]> {
  const rows: OverviewRow[] = [];
  for (const head of tensorHeads(source)) {
    const row = await scanTensor(source, head, hooks);
    rows.push(row);
    onRow?.(row);
  }
  return rows;
}
