import { describe, expect, it } from 'vitest';
import { qparams } from '../../core/math';
import { DEFAULT_SCENE } from '../../state/scene';
import { channelRangesCsv, csvMethodName, metricsCsv, pytorchSnippet, sceneJson, type MetricsRow } from './formats';

const spec = { bits: 8, mode: 'affine' as const, signed: true, narrowRange: false };
const row: MetricsRow = {
  method: 'percentile 99.9 %, "quoted"',
  range: { min: -0.5, max: 1 },
  params: qparams({ min: -0.5, max: 1 }, spec),
  stats: { mse: 1.5e-6, sqnrDb: Infinity, maxAbsError: 0.002, clipped: 3, levelsUsed: 200 },
  exact: true,
};

describe('exports', () => {
  it('quotes CSV fields that hold commas or quotes and keeps full precision', () => {
    const csv = metricsCsv([row]).split('\n');
    expect(csv[0]).toBe('method,beta,alpha,scale,zero_point,qmin,qmax,mse,sqnr_db,max_abs_error,clipped,levels_used,exact');
    expect(csv[1]).toBe(
      `"percentile 99.9 %, ""quoted""",-0.5,1,${row.params.scale},${row.params.zeroPoint},-128,127,0.0000015,Infinity,0.002,3,200,true`,
    );
  });
  it('writes JSON that parses, with Infinity as a string', () => {
    const parsed = JSON.parse(sceneJson(DEFAULT_SCENE, { min: -1, max: 1 }, 'http://x/?v=1', { name: 't', shape: [2] }, [row])) as {
      results: { stats: { sqnrDb: string } }[];
    };
    expect(parsed.results[0].stats.sqnrDb).toBe('Infinity');
  });
  it('gives a PyTorch snippet whose scale reads back to the same float32', () => {
    const text = pytorchSnippet(row.params, spec, row.range);
    const scale = Number(/scale, zero_point = ([^,]+), (-?\d+)/.exec(text)?.[1]);
    expect(Math.fround(scale)).toBe(row.params.scale);
    expect(text).toContain('torch.fake_quantize_per_tensor_affine(x, scale, zero_point, quant_min, quant_max)');
    expect(text).toContain(`quant_min, quant_max = -128, 127`);
    expect(text).toContain('torch.qint8');
  });
  it('names no 8-bit dtype for 16-bit codes', () => {
    const p = qparams({ min: -1, max: 1 }, { ...spec, bits: 16 });
    expect(pytorchSnippet(p, { ...spec, bits: 16 }, { min: -1, max: 1 })).not.toContain('quantize_per_tensor(');
  });
});

describe('per-channel export', () => {
  it('writes one row per channel with its range and levels', () => {
    const csv = channelRangesCsv(
      Float32Array.from([-1, -0.5]),
      Float32Array.from([2, 0.25]),
      Uint32Array.from([200, 40]),
      Uint32Array.from([255, 256]),
    );
    expect(csv).toBe('channel,min,max,levels_per_tensor,levels_per_channel\n0,-1,2,200,255\n1,-0.5,0.25,40,256\n');
  });
});

describe('csvMethodName', () => {
  it('names a method once when its id and its readable name agree, and both otherwise', () => {
    expect(csvMethodName('max', 'max')).toBe('max');
    expect(csvMethodName('entropy', 'entropy (KL divergence)')).toBe('entropy (KL divergence)');
    expect(csvMethodName('p99.9', 'percentile 99.9 %')).toBe('p99.9 (percentile 99.9 %)');
  });
});

describe('pytorchSnippet', () => {
  it('defines the tensor x it quantizes, so it runs as pasted', () => {
    const text = pytorchSnippet(qparams({ min: -1, max: 1 }, spec), spec, { min: -1, max: 1 });
    expect(text.indexOf('x = ')).toBeGreaterThan(-1);
    expect(text.indexOf('x = ')).toBeLessThan(text.indexOf('(x, scale'));
  });
});
