/** The memory budget: the most bytes one tensor may take in memory, checked before anything is allocated. */
import { at, TensorFileError } from './errors';

/** Bytes one tensor may occupy in memory (its float32 values, or the raw bytes read to make them): 256 MiB = 64M values. */
export const MEMORY_BUDGET = 256 * 2 ** 20;

/** Bytes as people read them: '512 B', '3.5 KiB', '1.0 GiB' (binary units, one decimal above KiB). */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n)) return `${n} B`;
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  let v = n;
  let u = 0;
  while (Math.abs(v) >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${v} B` : `${v.toFixed(1)} ${units[u]}`;
}

/** The refusal for `bytes` over `budget`; `what` says what needs them, e.g. "tensor 'w' (shape (8, 8) as float32)". */
export function overBudget(bytes: number, budget: number, format: string, where: string, what: string): TensorFileError {
  return new TensorFileError(
    format,
    `${at(where)}${what} needs ${formatBytes(bytes)} in memory, more than the ${formatBytes(budget)} budget for one tensor ` +
      'in this app; save a slice of it (or use .safetensors/.npy, which are read in chunks)',
  );
}

/** Throws unless `bytes` fit the budget (before they are allocated). */
export function checkBudget(bytes: number, format: string, where: string, what: string, budget = MEMORY_BUDGET): void {
  if (!(bytes <= budget)) throw overBudget(bytes, budget, format, where, what);
}

/** Throws unless a tensor of `shape` fits the budget, both as its `rawBytes` stored bytes and as float32 values. */
export function checkTensorBudget(shape: readonly number[], rawBytes: number, format: string, where: string): void {
  let count = 1;
  for (const d of shape) count *= d;
  const what = `shape (${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
  checkBudget(Math.max(rawBytes, count * 4), format, where, what);
}
