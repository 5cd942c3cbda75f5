/** Test-only: the GGUF fixtures of scripts/fixtures/gen_gguf.py and their expected values. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../fixtures/gguf/', import.meta.url));

/** A slice of expected.f32. */
export interface ValuesRef {
  offset: number;
  count: number;
}

/** One tensor's expectation. */
export interface ExpectedGgufTensor extends Partial<ValuesRef> {
  type: string;
  shape: number[];
  unsupported?: boolean;
  scales?: ValuesRef & { span: number };
}

/** A metadata value as expected.json writes it (64-bit integers as decimal strings). */
export type ExpectedValue = number | string | boolean | ExpectedValue[];

/** One fixture file's expectation. */
export interface ExpectedGguf {
  version: number;
  alignment: number;
  metadata: Record<string, ExpectedValue>;
  tensors: Record<string, ExpectedGgufTensor>;
}

export const GGUF_EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, ExpectedGguf>;

const raw = readFileSync(join(DIR, 'expected.f32'));
const ALL = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));

/** The expected float32 values of `r`. */
export function expectedValues(r: ValuesRef): Float32Array {
  return ALL.subarray(r.offset, r.offset + r.count);
}

/** A fixture's bytes. */
export function ggufBytes(name: string): Uint8Array<ArrayBuffer> {
  const b = readFileSync(join(DIR, name));
  return new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

/** A fixture as a File. */
export function ggufFile(name: string): File {
  return new File([ggufBytes(name)], name);
}

/** Index of the first element where `a` and `b` differ bit for bit (NaN equals any NaN), or -1. */
export function firstBitDifference(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  const ua = new Uint32Array(a.buffer, a.byteOffset, a.length);
  const ub = new Uint32Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < a.length; i++) {
    if (ua[i] !== ub[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return i;
  }
  return -1;
}

/** A float32 fixture file of tests/fixtures/gguf as an array. */
export function ggufFloats(name: string): Float32Array {
  const b = readFileSync(join(DIR, name));
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

/** requant.json: the input's shape and where each format's values start in requant.f32 (in elements). */
export const REQUANT = JSON.parse(readFileSync(join(DIR, 'requant.json'), 'utf8')) as Record<string, number> & { shape: number[] };
