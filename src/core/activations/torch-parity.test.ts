/**
 * Pins the activations to PyTorch 1.13 and to mpmath. Fixture: tests/fixtures/activations/torch_activations.json,
 * written by `/usr/bin/python3 scripts/fixtures/gen_activations.py` (see that script for the three columns).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_FNS, activation, activationMinimum, type ActivationFn } from '../activations';

interface Columns {
  exact: number[];
  torch: number[];
  torch32: number[];
}

interface Fixture {
  torch: string;
  x: number[];
  fns: Record<ActivationFn, Columns>;
  minima: Record<'gelu' | 'gelu-tanh' | 'gelu10' | 'swish', { x: number; y: number }>;
}

/** The fixture with every float32 column parsed to its exact float32 value (the JSON holds shortest decimals). */
const fixture = JSON.parse(
  readFileSync(new URL('../../../tests/fixtures/activations/torch_activations.json', import.meta.url), 'utf8'),
  (key, value: unknown) => (typeof value === 'number' && key !== 'y' && key !== 'x' ? Math.fround(value) : value),
) as Fixture;
const x = Float32Array.from(fixture.x);
const f32 = (a: number[]): Float32Array => Float32Array.from(a);

/** Gap between |v| and the next float32 up (2^−149 at zero). */
function ulp32(v: number): number {
  const a = new Float32Array([Math.abs(v)]);
  const bits = new Uint32Array(a.buffer);
  bits[0] += 1;
  return a[0] - Math.abs(Math.fround(v));
}

/** Indices where got differs from want by more than 1 float32 ulp of want and more than 2e−7 relative. */
function offByMoreThanUlp(got: Float32Array, want: Float32Array, skip: (i: number) => boolean = () => false): number[] {
  const bad: number[] = [];
  for (let i = 0; i < got.length; i++) {
    if (skip(i)) continue;
    const d = Math.abs(got[i] - want[i]);
    if (d > ulp32(want[i]) && d > 2e-7 * Math.abs(want[i])) bad.push(i);
  }
  return bad;
}

describe(`activations vs torch ${fixture.torch} and mpmath (${x.length} float32 inputs incl. ±100, ±1e−8, 0, −0.7518)`, () => {
  it.each(ACTIVATION_FNS)('%s is within 1 ulp of the exact value everywhere', (fn) => {
    const got = activation(x, fn);
    expect(offByMoreThanUlp(got, f32(fixture.fns[fn].exact)).map((i) => x[i])).toEqual([]);
  });

  it.each(ACTIVATION_FNS)('%s is within 1 ulp of torch (float64, rounded once) wherever torch itself is exact', (fn) => {
    const { exact, torch } = fixture.fns[fn];
    const torchExact = (i: number): boolean => Math.abs(torch[i] - exact[i]) <= ulp32(exact[i]);
    const got = activation(x, fn);
    expect(offByMoreThanUlp(got, f32(torch), (i) => !torchExact(i)).map((i) => x[i])).toEqual([]);
    // torch's float64 GELU forms cancel (1 + erf, 1 + tanh) only far in the negative tail, where GELU < 1e−7 in size.
    const inexact = x.filter((_, i) => !torchExact(i));
    for (const v of inexact) expect(v).toBeLessThan(-5);
    for (const i of x.keys()) if (!torchExact(i)) expect(Math.abs(exact[i])).toBeLessThan(1e-7);
  });

  it.each(ACTIVATION_FNS)("%s is within torch's float32 kernel error, |Δ| ≤ 2^−22·max(1, |x|)", (fn) => {
    const got = activation(x, fn);
    const t32 = fixture.fns[fn].torch32;
    for (let i = 0; i < x.length; i++) {
      expect(Math.abs(got[i] - t32[i]), `x = ${x[i]}`).toBeLessThanOrEqual(2 ** -22 * Math.max(1, Math.abs(x[i])));
    }
  });

  it.each(['gelu', 'gelu-tanh', 'gelu10', 'swish'] as const)('%s minimum matches mpmath to 1e−4', (fn) => {
    const m = activationMinimum(fn);
    const want = fixture.minima[fn];
    expect(Math.abs(m.x - want.x)).toBeLessThan(1e-4);
    expect(Math.abs(m.y - want.y)).toBeLessThan(1e-4);
  });
});
