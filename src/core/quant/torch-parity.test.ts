/**
 * Pins the public quantization API to real PyTorch 1.13 (MinMaxObserver, quantize_per_tensor,
 * fake_quantize_per_tensor_affine). Fixture: tests/fixtures/quant/torch_quant.json, written by
 * `/usr/bin/python3 scripts/fixtures/gen_quant.py` (see that script for how each number is made).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeQuantize, qparams, quantError, quantize } from '../index';
import type { QuantParams, QuantSpec } from '../index';

interface TorchCase {
  name: string;
  tensor: string;
  observed: string;
  observer: {
    dtype: string;
    qscheme: string;
    quant_min: number | null;
    quant_max: number | null;
  };
  minVal: number;
  maxVal: number;
  spec: QuantSpec;
  qmin: number;
  qmax: number;
  scale: number;
  zeroPoint: number;
  codes: number[];
  fakeQuant: number[];
  mse: number;
  maxAbsError: number;
  /** "Infinity" when torch's fake-quantization error is exactly zero (JSON has no Infinity). */
  sqnrDb: number | 'Infinity';
  clipped: number;
  levelsUsed: number;
}

interface TorchFixture {
  generator: string;
  torch: string;
  tensors: Record<string, number[]>;
  cases: TorchCase[];
}

const fixture = JSON.parse(
  readFileSync(new URL('../../../tests/fixtures/quant/torch_quant.json', import.meta.url), 'utf8'),
) as TorchFixture;

const cases = fixture.cases;

/** An element where the core and torch disagree, reported in full on failure. */
interface Mismatch {
  i: number;
  x: number;
  torch: number;
  core: number;
}

function input(c: TorchCase): Float32Array {
  return Float32Array.from(fixture.tensors[c.tensor]);
}

function torchParams(c: TorchCase): QuantParams {
  return { scale: c.scale, zeroPoint: c.zeroPoint, qmin: c.qmin, qmax: c.qmax };
}

function relErr(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** Distance in float32 units in the last place (both arguments must be float32 values). */
const bits = new DataView(new ArrayBuffer(4));
function orderedBits(v: number): number {
  bits.setFloat32(0, v);
  const u = bits.getInt32(0);
  return u < 0 ? -(u & 0x7fffffff) : u; // sign-magnitude -> monotone integer line (±0 both map to 0)
}
function ulpDistance(a: number, b: number): number {
  return Math.abs(orderedBits(a) - orderedBits(b));
}

describe('the torch fixture', () => {
  it('has cases and finite, float32-exact inputs', () => {
    expect(cases.length).toBeGreaterThan(50);
    for (const [name, t] of Object.entries(fixture.tensors)) {
      for (const v of t) expect(Number.isFinite(v) && Math.fround(v) === v, `${name}: ${v}`).toBe(true);
    }
  });
});

describe('torch parity', () => {
  it.each(cases)('qparams matches MinMaxObserver for $name', (c) => {
    const p = qparams({ min: c.minVal, max: c.maxVal }, c.spec);
    expect({ qmin: p.qmin, qmax: p.qmax, zeroPoint: p.zeroPoint }).toEqual({
      qmin: c.qmin,
      qmax: c.qmax,
      zeroPoint: c.zeroPoint,
    });
    expect(relErr(p.scale, c.scale), `scale ${p.scale} vs torch ${c.scale}`).toBeLessThanOrEqual(1e-6);
  });

  it.each(cases)('quantize gives torch.quantize_per_tensor codes for $name', async (c) => {
    const x = input(c);
    const q = await quantize(x, torchParams(c));
    expect(q.length).toBe(c.codes.length);
    const mismatches: Mismatch[] = [];
    for (let i = 0; i < q.length; i++) {
      if (q[i] !== c.codes[i]) mismatches.push({ i, x: x[i], torch: c.codes[i], core: q[i] });
    }
    expect(mismatches).toEqual([]);
  });

  it.each(cases)('fakeQuantize matches torch.fake_quantize_per_tensor_affine within 1 ulp for $name', async (c) => {
    const x = input(c);
    const y = await fakeQuantize(x, torchParams(c));
    expect(y.length).toBe(c.fakeQuant.length);
    const mismatches: Mismatch[] = [];
    for (let i = 0; i < y.length; i++) {
      if (ulpDistance(y[i], c.fakeQuant[i]) > 1) mismatches.push({ i, x: x[i], torch: c.fakeQuant[i], core: y[i] });
    }
    expect(mismatches).toEqual([]);
  });

  it.each(cases)('quantError matches the error of torch fake quantization for $name', async (c) => {
    const s = await quantError(input(c), torchParams(c));
    expect({ clipped: s.clipped, levelsUsed: s.levelsUsed }).toEqual({ clipped: c.clipped, levelsUsed: c.levelsUsed });
    expect(relErr(s.mse, c.mse), `mse ${s.mse} vs torch ${c.mse}`).toBeLessThanOrEqual(1e-5);
    expect(relErr(s.maxAbsError, c.maxAbsError), `maxAbsError ${s.maxAbsError} vs torch ${c.maxAbsError}`).toBeLessThanOrEqual(1e-6);
    if (c.sqnrDb === 'Infinity') {
      expect(s.sqnrDb).toBe(Infinity);
    } else {
      expect(Math.abs(s.sqnrDb - c.sqnrDb), `sqnrDb ${s.sqnrDb} vs torch ${c.sqnrDb}`).toBeLessThanOrEqual(1e-4);
    }
  });
});
