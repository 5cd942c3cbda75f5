/**
 * Test-only access to tests/fixtures/granularity/granularity_ref.json, written by
 * `/usr/bin/python3 scripts/fixtures/gen_granularity.py` (torch 1.13 per-channel observers, numpy group reference).
 */
import { readFileSync } from 'node:fs';
import type { QuantParams, QuantSpec } from '../../src/core/types';

/** One per-channel case from real torch (see the generator's docstring for every field). */
export interface ChannelCase {
  name: string;
  tensor: string;
  axis: number;
  spec: QuantSpec;
  observed: string;
  clip: number | null;
  qmin: number;
  qmax: number;
  ranges: string;
  scales: number[];
  zeroPoints: number[];
  codes: string;
  fakeQuant: string;
  mse: number;
  channelMse: number[];
  maxAbsError: number;
  clipped: number;
  levelsUsed: number;
  channelLevels: number[];
}

/** One group-wise case from the numpy reference (cross-checked against torch in the generator). */
export interface GroupCase {
  name: string;
  tensor: string;
  groupSize: number;
  spec: QuantSpec;
  qmin: number;
  qmax: number;
  scales: number[];
  zeroPoints: number[];
  codes: string;
  fakeQuant: string;
  mse: number;
  maxAbsError: number;
  clipped: number;
  levelsUsed: number;
  levelsUsedMin: number;
  levelsUsedMax: number;
}

interface Fixture {
  tensors: Record<string, { shape: number[]; data: string }>;
  ranges: Record<string, { minVal: number[]; maxVal: number[] }>;
  channel: ChannelCase[];
  group: GroupCase[];
}

/** The parsed fixture. */
export const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/granularity/granularity_ref.json', import.meta.url), 'utf8'),
) as Fixture;

function bytes(b64: string): ArrayBuffer {
  const b = Buffer.from(b64, 'base64');
  return new Uint8Array(b).buffer; // an aligned copy
}

/** Decodes base64 little-endian float32. */
export function f32(b64: string): Float32Array {
  return new Float32Array(bytes(b64));
}

/** Decodes base64 little-endian int16 codes. */
export function i16(b64: string): Int16Array {
  return new Int16Array(bytes(b64));
}

/** A fixture tensor: row-major data and its shape. */
export function tensor(name: string): { x: Float32Array; shape: number[] } {
  const t = fixture.tensors[name];
  return { x: f32(t.data), shape: t.shape };
}

/** The parameters torch (or the numpy reference) chose, one per slice. */
export function caseParams(c: ChannelCase | GroupCase): QuantParams[] {
  return c.scales.map((scale, k) => ({ scale, zeroPoint: c.zeroPoints[k], qmin: c.qmin, qmax: c.qmax }));
}

/** |a − b| / |b| (0 when equal). */
export function relErr(a: number, b: number): number {
  return a === b ? 0 : Math.abs(a - b) / Math.abs(b);
}
