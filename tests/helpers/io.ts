/** Test-only helpers: fixture files from tests/fixtures/io, expected.json, and byte builders for bad inputs. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { TensorFileError } from '../../src/io/errors';
import { openFiles } from '../../src/io/openFiles';

export { bytes, concat, f32Bytes, makeNpy, makeSafetensors } from './bytes';

/** Folder of the generated fixtures (scripts/fixtures/gen_io.py). */
export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/io/', import.meta.url));

/** A fixture as a File named by its basename. */
export function fixtureFile(rel: string): File {
  return new File([readFileSync(join(FIXTURE_DIR, rel))], basename(rel));
}

/** A fixture's bytes as a fresh ArrayBuffer. */
export function fixtureBuffer(rel: string): ArrayBuffer {
  const b = readFileSync(join(FIXTURE_DIR, rel));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/** A number as expected.json writes it: non-finite values are the strings 'NaN', 'Infinity', '-Infinity'. */
export type JsonNumber = number | 'NaN' | 'Infinity' | '-Infinity';

/** Expectation for one tensor (see gen_io.py). */
export interface ExpectedTensor {
  dtype: string;
  shape: number[];
  f32: JsonNumber[];
  sum: JsonNumber;
  abs_sum: JsonNumber;
  all?: JsonNumber[];
}

/** Expectation for one fixture: its tensors, or a substring of the refusal message. */
export interface ExpectedFile {
  tensors?: Record<string, ExpectedTensor>;
  error?: string;
  with?: string[];
  metadata?: Record<string, string>;
}

/** expected.json, keyed by fixture path. */
export const EXPECTED = JSON.parse(readFileSync(join(FIXTURE_DIR, 'expected.json'), 'utf8')) as Record<string, ExpectedFile>;

/** The number an expected.json entry stands for. */
export function num(v: JsonNumber): number {
  return typeof v === 'number' ? v : v === 'NaN' ? NaN : v === 'Infinity' ? Infinity : -Infinity;
}

/** A File holding a copy of `b`. */
export function fileOf(b: Uint8Array, name: string): File {
  return new File([b.slice()], name);
}

/** A Blob of `size` bytes whose first bytes are `head` and the rest zeros, made on demand (nothing held). */
export class VirtualBlob extends Blob {
  constructor(
    private readonly head: Uint8Array,
    private readonly virtualSize: number,
  ) {
    super([]);
  }
  get size(): number {
    return this.virtualSize;
  }
  slice(start = 0, end = this.virtualSize): Blob {
    const out = new Uint8Array(end - start);
    out.set(this.head.subarray(Math.min(start, this.head.length), Math.min(end, this.head.length)));
    return new Blob([out]);
  }
}

/** A Blob that records every slice(start, end) made on it. */
export class SpyBlob extends Blob {
  readonly slices: [number, number][] = [];
  slice(start?: number, end?: number, contentType?: string): Blob {
    this.slices.push([start ?? 0, end ?? this.size]);
    return super.slice(start, end, contentType);
  }
}

/** Runs `run`, expects it to fail with an expected (not `unexpected`) TensorFileError, and returns that error. */
export async function refusal(run: () => Promise<unknown>): Promise<TensorFileError> {
  const e = await run().then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(TensorFileError);
  expect((e as TensorFileError).unexpected).toBe(false);
  return e as TensorFileError;
}

/** Opens `files` and reads every tensor they list (so that reading errors surface too). */
export async function openAndReadAll(files: File[]): Promise<void> {
  const s = await openFiles(files);
  for (const t of s.tensors) await s.read(t.name);
}
