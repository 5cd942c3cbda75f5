import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENE, type SceneState } from '../scene';
import type { Source } from '../source';
import { decodeScene, encodeScene, sameExcept } from './codec';
import { migrate, MIGRATIONS } from './migrations';
import { URL_VERSION } from './schema';

const scene = (over: Partial<SceneState>): SceneState => ({ ...structuredClone(DEFAULT_SCENE), ...over });

describe('link codec', () => {
  it('round-trips a scene with every kind of field set', () => {
    const s = scene({
      source: { kind: 'sample', id: 'gelu-outliers', seed: 42, size: 16384 },
      spec: { bits: 4, mode: 'symmetric', signed: false, narrowRange: true },
      clip: { kind: 'manual', range: { min: -0.123456789, max: 3.5e-7 } },
      customPercentile: 97.5,
      symmetricLock: true,
      logCounts: false,
      showCodes: false,
      showCalibrators: false,
      markAllCalibrators: true,
      zoom: { min: -1, max: 2 },
      language: 'ko',
      hidden: ['mapping', 'calibration'],
      presenter: true,
    });
    const decoded = decodeScene(encodeScene(s));
    expect(decoded.ignored).toEqual([]);
    expect(decoded.scene).toEqual(s);
  });
  it('round-trips model, URL and file sources with their tensor', () => {
    const sources: Source[] = [
      { kind: 'model', model: 'blazeface', tensor: 'unknown_93' },
      { kind: 'url', url: 'https://example.org/w.safetensors', tensor: 'layer.0.weight' },
      { kind: 'file', files: ['model.json', 'group1-shard1of1.bin'], tensor: 'conv/kernel' },
    ];
    for (const source of sources) {
      const s = scene({ source });
      expect(decodeScene(encodeScene(s)).scene.source).toEqual(s.source);
    }
  });
  it('writes v first and leaves defaults out', () => {
    expect(encodeScene(DEFAULT_SCENE)).toBe(`v=${URL_VERSION}`);
  });
  it("writes a calibrator clip as calib=<id> with no range, and the user's own as calib=own with range", () => {
    const own = scene({ clip: { kind: 'manual', range: { min: -0.25, max: 0.5 } } });
    expect(encodeScene(own)).toBe(`v=${URL_VERSION}&calib=own&range=-0.25%2C0.5`);
    const entropy = scene({ clip: { kind: 'calibrator', id: 'entropy' } });
    expect(encodeScene(entropy)).toBe(`v=${URL_VERSION}&calib=entropy`);
    for (const s of [own, entropy]) expect(decodeScene(encodeScene(s)).scene.clip).toEqual(s.clip);
  });
  it.each([
    ['v=1&range=-1.989%2C1.994', { kind: 'calibrator', id: 'max' }],
    ['v=1&calib=p99.99&range=-0.4%2C0.5', { kind: 'calibrator', id: 'p99.99' }],
    ['v=1&calib=own&range=-0.4%2C0.5', { kind: 'manual', range: { min: -0.4, max: 0.5 } }],
    ['v=1&range=-0.4%2C0.5&calib=own', { kind: 'manual', range: { min: -0.4, max: 0.5 } }],
  ])('reads links written before the clip field: %s', (query, clip) => {
    const { scene: s, ignored } = decodeScene(query);
    expect(ignored).toEqual([]);
    expect(s.clip).toEqual(clip);
  });
  it.each([
    ['bits=NaN', 'bits'],
    ['bits=17', 'bits'],
    ['bits=1e1', 'bits'],
    ['seed=-1', 'seed'],
    ['n=-5', 'n'],
    ['n=1000000000', 'n'],
    ['range=1e309,2', 'range'],
    ['range=2,1', 'range'],
    ['range=0,1,2', 'range'],
    ['range=Infinity,1', 'range'],
    ['mode=<script>alert(1)</script>', 'mode'],
    ['src=javascript:alert(1)', 'src'],
    ['src=file:///etc/passwd', 'src'],
    ['calib=p0', 'calib'],
    ['calib=p101', 'calib'],
    ['pct=0', 'pct'],
    ['hide=mapping,everything', 'hide'],
    ['lang=fr', 'lang'],
    ['zoom=1,1', 'zoom'],
  ])('ignores %s and keeps the default', (query, key) => {
    const { scene: s, ignored } = decodeScene(query);
    expect(ignored).toEqual([{ key, reason: 'invalid' }]);
    expect(encodeScene(s)).toBe(encodeScene(DEFAULT_SCENE));
  });
  it('reports unknown and repeated keys, keeping the first of a repeated key', () => {
    const { scene: s, ignored } = decodeScene('bits=4&bits=2&colour=red');
    expect(s.spec.bits).toBe(4);
    expect(ignored).toEqual([
      { key: 'bits', reason: 'duplicate' },
      { key: 'colour', reason: 'unknown' },
    ]);
  });
  it('reads a link from a newer version as far as it can, and says so', () => {
    const { scene: s, ignored } = decodeScene('v=999&bits=6');
    expect(s.spec.bits).toBe(6);
    expect(ignored).toEqual([{ key: 'v', reason: 'version' }]);
  });
  it('never throws, whatever the query', () => {
    for (const q of ['%', '&&&', '=', 'v=', 'range=,', `tensor=${'x'.repeat(10000)}`, 'file=%00', '__proto__=1', 'constructor=1']) {
      expect(() => decodeScene(q)).not.toThrow();
    }
  });
});

describe('link migrations', () => {
  it('have a step from every earlier version to the current one', () => {
    for (let v = 1; v < URL_VERSION; v++) expect(MIGRATIONS[v], `step ${v} → ${v + 1}`).toBeTypeOf('function');
  });
  it('leave a current link unchanged and refuse a gap in the chain', () => {
    const p = new URLSearchParams('bits=4');
    expect(migrate(p, URL_VERSION, URL_VERSION).toString()).toBe('bits=4');
    expect(() => migrate(p, URL_VERSION, URL_VERSION + 1)).toThrow(/no migration/);
  });
});

describe('sameExcept', () => {
  it('tells a zoom-only change from any other', () => {
    expect(sameExcept('?v=1&zoom=0%2C1&bits=4', '?bits=4&v=1', 'zoom')).toBe(true);
    expect(sameExcept('?v=1&zoom=0%2C1&bits=4', '?v=1&zoom=0%2C2&bits=4', 'zoom')).toBe(true);
    expect(sameExcept('?v=1&zoom=0%2C1&bits=4', '?v=1&zoom=0%2C1&bits=5', 'zoom')).toBe(false);
  });
});
