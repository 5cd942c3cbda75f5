/**
 * Pins castFloat bit for bit to numpy (fp16), torch 1.13 (bf16) and the generator's exact rational reference (OCP fp8,
 * satfinite). Fixture: tests/fixtures/floats/float_casts.json, written by `/usr/bin/python3 scripts/fixtures/gen_floats.py`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { castFloat, floatCastStats, roundToFormat } from './index';
import type { FloatCastStats, FloatFormat } from './index';

type JsonStats = { [K in keyof FloatCastStats]: number | 'Infinity' };

interface Fixture {
  inputs: string;
  count: number;
  labels: Record<string, string>;
  expected: Record<FloatFormat, string>;
  moderate: string;
  stats: Record<'inputs' | 'moderate', Record<FloatFormat, JsonStats>>;
}

const fixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/floats/float_casts.json', import.meta.url), 'utf8')) as Fixture;

function f32(b64: string): Float32Array {
  return new Float32Array(new Uint8Array(Buffer.from(b64, 'base64')).buffer);
}

const FORMATS: FloatFormat[] = ['fp16', 'bf16', 'fp8-e4m3', 'fp8-e5m2'];
const inputs = f32(fixture.inputs);

/** Indices where a and b differ in bits (any NaN equals any NaN), with the input for the report. */
function bitMismatches(a: Float32Array, b: Float32Array): string[] {
  const ua = new Uint32Array(a.buffer, a.byteOffset, a.length);
  const ub = new Uint32Array(b.buffer, b.byteOffset, b.length);
  const bad: string[] = [];
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(a[i]) && Number.isNaN(b[i])) continue;
    if (ua[i] !== ub[i]) bad.push(`[${i}] ${fixture.labels[i] ?? ''} x=${inputs[i]}: ${a[i]} vs ${b[i]}`);
  }
  return bad;
}

describe('the float fixture', () => {
  it('has labelled specials and thousands of inputs', () => {
    expect(inputs.length).toBe(fixture.count);
    expect(inputs.length).toBeGreaterThan(3000);
    expect(Object.values(fixture.labels)).toContain('E4M3 tie above max: 448 (even) under RNE');
  });
});

describe.each(FORMATS)('castFloat to %s', (format) => {
  const expected = f32(fixture.expected[format]);

  it('is bit-exact against the reference on every input', () => {
    expect(bitMismatches(castFloat(inputs, format), expected)).toEqual([]);
  });

  it('agrees with the scalar float64 rounder on every input', () => {
    const y = Float32Array.from(inputs, (v) => roundToFormat(v, format));
    expect(bitMismatches(y, expected)).toEqual([]);
  });

  it.each(['inputs', 'moderate'] as const)('floatCastStats matches the reference statistics on %s', (set) => {
    const x = set === 'inputs' ? inputs : f32(fixture.moderate);
    const s = floatCastStats(x, format);
    const want = fixture.stats[set][format];
    for (const key of ['overflow', 'underflowToZero', 'subnormal', 'count', 'nonFinite'] as const) {
      expect(s[key], key).toBe(want[key]);
    }
    for (const key of ['mse', 'maxAbsError', 'maxRelError'] as const) {
      const w = want[key] === 'Infinity' ? Infinity : want[key];
      if (w === Infinity || w === 0) expect(s[key], key).toBe(w);
      else expect(Math.abs(s[key] - w) / w, `${key} ${s[key]} vs ${w}`).toBeLessThanOrEqual(1e-12);
    }
  });
});
