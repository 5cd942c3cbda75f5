import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENE } from '../scene';
import { DEFAULT_MODEL_LAB, type ModelLabInputs } from '../modelLab';
import { decodeScene, encodeScene } from './codec';
import { MODEL_FIELDS } from './schema';

const lab = (over: Partial<ModelLabInputs>): ModelLabInputs => ({ ...structuredClone(DEFAULT_MODEL_LAB), ...over });

/** One non-default value per model link key. */
const CHANGED: Record<string, Partial<ModelLabInputs>> = {
  mmodel: { weights: { kind: 'trained', epochs: 12, seed: 7 } },
  mw: { weightBits: 3 },
  ma: { actBits: 8 },
  mgran: { granularity: 'per-channel' },
  mcal: { calibrator: 'max-gelu10' },
  mcn: { calibSize: 128 },
  mfloat: { keepFloat: ['fc3', 'fc1'] },
  mqe: { qat: { ...DEFAULT_MODEL_LAB.qat, epochs: 5 } },
  mqlr: { qat: { ...DEFAULT_MODEL_LAB.qat, lrFactor: 0.003 } },
  mqs: { qat: { ...DEFAULT_MODEL_LAB.qat, schedule: 'linear' } },
  mste: { qat: { ...DEFAULT_MODEL_LAB.qat, ste: 'identity' } },
  mqn: { qat: { ...DEFAULT_MODEL_LAB.qat, subset: 1000 } },
  mseed: { seed: 4242 },
};

describe('model lab link keys', () => {
  it('has a round-trip case for every key, and no key collides with the scene’s', () => {
    expect(Object.keys(CHANGED).sort()).toEqual(MODEL_FIELDS.map((f) => f.key).sort());
    const sceneKeys = new URLSearchParams(encodeScene(DEFAULT_SCENE)).keys();
    for (const k of sceneKeys) expect(Object.keys(CHANGED)).not.toContain(k);
  });
  it.each(Object.entries(CHANGED))('round-trips %s alone, written under its own key', (key, over) => {
    const m = lab(over);
    const query = encodeScene(DEFAULT_SCENE, m);
    expect(new URLSearchParams(query).has(key)).toBe(true);
    const decoded = decodeScene(query);
    expect(decoded.ignored).toEqual([]);
    expect(decoded.model).toEqual(m);
    expect(decoded.scene).toEqual(DEFAULT_SCENE);
  });
  it('round-trips every key at once beside scene keys, and leaves defaults out', () => {
    const m = lab(
      Object.assign({}, ...Object.values(CHANGED), { qat: { epochs: 3, lrFactor: 1, schedule: 'linear', ste: 'identity', subset: 256 } }),
    );
    const scene = { ...structuredClone(DEFAULT_SCENE), panel: 'model' as const, spec: { ...DEFAULT_SCENE.spec, bits: 4 } };
    const decoded = decodeScene(encodeScene(scene, m));
    expect(decoded).toEqual({ scene, model: m, ignored: [] });
    expect(encodeScene(DEFAULT_SCENE, DEFAULT_MODEL_LAB)).toBe(encodeScene(DEFAULT_SCENE));
    expect(encodeScene(DEFAULT_SCENE)).not.toMatch(/(^|&)m[a-z]+=/);
  });
  it.each([
    ['mmodel=shipped', 'mmodel'],
    ['mmodel=trained-0-1', 'mmodel'],
    ['mmodel=trained-51-1', 'mmodel'],
    ['mmodel=trained-12', 'mmodel'],
    ['mmodel=trained-x-1', 'mmodel'],
    ['mmodel=own-', 'mmodel'],
    ['mmodel=best', 'mmodel'],
    ['mw=1', 'mw'],
    ['mw=9', 'mw'],
    ['ma=4.5', 'ma'],
    ['mcal=p99', 'mcal'],
    ['mgran=per-row', 'mgran'],
    ['mcn=8', 'mcn'],
    ['mfloat=fc1,<b>', 'mfloat'],
    ['mfloat=', 'mfloat'],
    [`mfloat=${Array.from({ length: 40 }, (_, i) => `l${i}`).join(',')}`, 'mfloat'],
    ['mqe=0', 'mqe'],
    ['mqlr=NaN', 'mqlr'],
    ['mqlr=100', 'mqlr'],
    ['mqs=step', 'mqs'],
    ['mste=straight', 'mste'],
    ['mqn=10', 'mqn'],
    ['mseed=-3', 'mseed'],
  ])('ignores %s and keeps the default', (query, key) => {
    const { model, ignored } = decodeScene(query);
    expect(ignored).toEqual([{ key, reason: 'invalid' }]);
    expect(model).toEqual(DEFAULT_MODEL_LAB);
  });
  it.each([
    ['mmodel=trained-3-0', { kind: 'trained', epochs: 3, seed: 0 }],
    ['mmodel=own-mine.safetensors', { kind: 'own', name: 'mine.safetensors' }],
    [`mmodel=${encodeURIComponent('own-model.json, a b.bin')}`, { kind: 'own', name: 'model.json, a b.bin' }],
  ])('reads %s as the weights in use', (query, weights) => {
    const { model, ignored } = decodeScene(query);
    expect(ignored).toEqual([]);
    expect(model.weights).toEqual(weights);
    expect(decodeScene(encodeScene(DEFAULT_SCENE, model)).model).toEqual(model);
  });
  it('drops repeated layer names from the keep-in-float list', () => {
    expect(decodeScene('mfloat=fc2,fc2,fc1').model.keepFloat).toEqual(['fc2', 'fc1']);
  });
});
