/** Shape validation and formatting; element counts are capped at 2^31 for now. */
import { at, TensorFileError } from './errors';

/** Largest element count a tensor may have (2^31). */
export const MAX_ELEMENTS = 2 ** 31;

/** Product of the dimensions (1 for a scalar shape []). */
export function numElements(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) {
    if (d === 0) return 0; // before any Infinity·0 = NaN
    n *= d;
  }
  return n;
}

/** Python-style shape text: (3, 4), (5,), (). */
export function formatShape(shape: readonly unknown[]): string {
  if (shape.length === 1) return `(${String(shape[0])},)`;
  return `(${shape.map(String).join(', ')})`;
}

/** Checks dims are integers in [0, 2^53) whose product is ≤ 2^31; returns them as numbers. */
export function checkShape(dims: readonly unknown[], format: string, where: string): number[] {
  if (dims.length > 64) throw new TensorFileError(format, `${at(where)}shape has ${dims.length} dimensions (at most 64)`);
  const shape: number[] = [];
  for (const d of dims) {
    if (typeof d === 'number' && (d === Infinity || d === -Infinity)) {
      throw new TensorFileError(format, `${at(where)}shape ${formatShape(dims)} has an overflowing dimension ${d}`);
    }
    if (typeof d !== 'number' || !Number.isInteger(d)) {
      throw new TensorFileError(format, `${at(where)}shape ${formatShape(dims)} has a non-integer dimension ${String(d)}`);
    }
    if (d < 0) throw new TensorFileError(format, `${at(where)}shape ${formatShape(dims)} has a negative dimension ${d}`);
    if (!Number.isSafeInteger(d)) {
      throw new TensorFileError(format, `${at(where)}shape ${formatShape(dims)} has an overflowing dimension ${d}`);
    }
    shape.push(d);
  }
  const n = numElements(shape);
  if (n > MAX_ELEMENTS) {
    throw new TensorFileError(format, `${at(where)}shape ${formatShape(shape)} has ${n} elements, more than the 2^31 this app can hold`);
  }
  return shape;
}

/** Throws the "0 elements, nothing to quantize" refusal for an empty tensor. */
export function refuseEmpty(shape: readonly number[], format: string, where: string): void {
  if (numElements(shape) === 0) {
    throw new TensorFileError(format, `${at(where)}shape ${formatShape(shape)} has 0 elements — nothing to quantize`);
  }
}
