/** Test-only helpers: fixture files from tests/fixtures/io, expected.json, and byte builders for bad inputs. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { TensorFileError } from '../../src/io/errors';
import { openFiles } from '../../src/io/openFiles';

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

/** Bytes of a string: latin1 for code points < 256 (so '\x93' is one byte), UTF-8 otherwise. */
export function bytes(s: string): Uint8Array<ArrayBuffer> {
  return [...s].every((c) => c.charCodeAt(0) < 256) ? Uint8Array.from(s, (c) => c.charCodeAt(0)) : new TextEncoder().encode(s);
}

/** Concatenates byte arrays. */
export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A .npy file with the given header dict text (padded to 64 bytes) and data bytes. */
export function makeNpy(dict: string, data: Uint8Array, version = 1): Uint8Array<ArrayBuffer> {
  const pre = version === 1 ? 10 : 12;
  const body = new TextEncoder().encode(dict);
  const pad = (64 - ((pre + body.length + 1) % 64)) % 64;
  const header = concat(body, new Uint8Array(pad).fill(0x20), bytes('\n'));
  const len = header.length;
  const lenBytes =
    version === 1 ? Uint8Array.of(len & 0xff, len >> 8) : Uint8Array.of(len & 0xff, (len >> 8) & 0xff, (len >> 16) & 0xff, len >>> 24);
  return concat(bytes('\x93NUMPY'), Uint8Array.of(version, 0), lenBytes, header, data);
}

/** A safetensors file: u64 LE header length, the header (object → JSON, or raw text), then `data`. */
export function makeSafetensors(header: object | string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const text = new TextEncoder().encode(typeof header === 'string' ? header : JSON.stringify(header));
  const len = new Uint8Array(8);
  new DataView(len.buffer).setUint32(0, text.length, true);
  return concat(len, text, data);
}

/** Float32 little-endian bytes of `values`. */
export function f32Bytes(values: number[]): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new Float32Array(values).buffer);
}

/** A File holding a copy of `b`. */
export function fileOf(b: Uint8Array, name: string): File {
  return new File([b.slice()], name);
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
