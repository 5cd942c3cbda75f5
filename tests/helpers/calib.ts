/**
 * Test-only access to tests/fixtures/calib/calib_ref.json, written by `/usr/bin/python3 scripts/fixtures/gen_calib.py`
 * (numpy re-implementation of NVIDIA pytorch-quantization's calibrators, real torch 1.13 observers).
 */
import { readFileSync } from 'node:fs';
import type { QuantSpec } from '../../src/core/types';

/** One numpy-reference result: a symmetric amax or an affine [min, max], real units; binWidth of the histogram used. */
export interface RefCase {
  tensor: string;
  spec: string;
  method: 'percentile' | 'entropy' | 'mse-bin-centre' | 'max';
  percentile?: number;
  unsigned?: boolean;
  amax?: number;
  min?: number;
  max?: number;
  binWidth: number;
}

/** torch.ao.quantization.HistogramObserver on one tensor: observed min/max, searched newMin/newMax, qparams. */
export interface HistObsCase {
  tensor: string;
  spec: string;
  dtype: string;
  qscheme: string;
  minVal: number;
  maxVal: number;
  newMin: number;
  newMax: number;
  binWidth: number;
  scale: number;
  zeroPoint: number;
}

interface Fixture {
  bins: number;
  tensors: Record<string, { n: number; f32le: string; min: number; max: number; amax: number }>;
  specs: Record<string, QuantSpec>;
  minmax: Record<string, { minVal: number; maxVal: number }>;
  cases: RefCase[];
  histogramObserver: HistObsCase[];
}

/** The parsed fixture. */
export const fixture = JSON.parse(readFileSync(new URL('../fixtures/calib/calib_ref.json', import.meta.url), 'utf8')) as Fixture;

/** Tensor `name` of the fixture, decoded from its base64 float32 little-endian bytes. */
export function tensor(name: string): Float32Array {
  const bytes = Buffer.from(fixture.tensors[name].f32le, 'base64');
  const x = new Float32Array(bytes.length / 4);
  new Uint8Array(x.buffer).set(bytes);
  return x;
}

/** Spec `name` of the fixture. */
export function spec(name: string): QuantSpec {
  return fixture.specs[name];
}

/** v, or a thrown Error when a fixture field the test needs is missing. */
export function req<T>(v: T | undefined): T {
  if (v === undefined) throw new Error('fixture field missing');
  return v;
}
