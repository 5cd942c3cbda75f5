/**
 * Every key of the link table round-trips on its own: each key has an example that moves it off its default, the
 * link then carries that key, and reading the link back gives the same scene with nothing ignored. A key added to
 * FIELDS without an example here fails the first test.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENE, type SceneState } from '../scene';
import { decodeScene, encodeScene } from './codec';
import { FIELDS } from './schema';

/** For each link key, a change to a default scene that only that key (and the keys it depends on) can carry. */
const EXAMPLES: Record<string, (d: SceneState) => void> = {
  src: (d) => (d.source = { kind: 'url', url: 'https://example.org/w.npy', tensor: '' }),
  model: (d) => (d.source = { kind: 'model', model: 'blazeface', tensor: '' }),
  file: (d) => (d.source = { kind: 'file', files: ['a.npz', 'b.npy'], tensor: '' }),
  tensor: (d) => (d.source = { kind: 'file', files: ['a.npz'], tensor: 'conv1/kernel' }),
  sample: (d) => (d.source = { ...sample(d), id: 'gelu-outliers' }),
  seed: (d) => (d.source = { ...sample(d), seed: 77 }),
  n: (d) => (d.source = { ...sample(d), size: 16384 }),
  bits: (d) => (d.spec = { ...d.spec, bits: 5 }),
  mode: (d) => (d.spec = { ...d.spec, mode: 'symmetric' }),
  signed: (d) => (d.spec = { ...d.spec, signed: !d.spec.signed }),
  narrow: (d) => (d.spec = { ...d.spec, narrowRange: !d.spec.narrowRange }),
  lock: (d) => (d.symmetricLock = !d.symmetricLock),
  calib: (d) => (d.clip = { kind: 'calibrator', id: 'entropy' }),
  range: (d) => (d.clip = { kind: 'manual', range: { min: -0.3125, max: 2.75 } }),
  pct: (d) => (d.customPercentile = 97.25),
  log: (d) => (d.logCounts = !d.logCounts),
  codes: (d) => (d.showCodes = !d.showCodes),
  marks: (d) => (d.showCalibrators = !d.showCalibrators),
  marksall: (d) => (d.markAllCalibrators = !d.markAllCalibrators),
  zoom: (d) => (d.zoom = { min: -0.5, max: 0.25 }),
  panel: (d) => (d.panel = 'activations'),
  axis: (d) => (d.granularity = { ...d.granularity, axis: 2 }),
  group: (d) => (d.granularity = { ...d.granularity, groupSize: 64 }),
  act: (d) => (d.lab = { ...d.lab, fn: 'relu6' }),
  clamp: (d) => (d.lab = { ...d.lab, clamp: 6.5 }),
  sigma: (d) => (d.lab = { ...d.lab, sigma: 0.5 }),
  lseed: (d) => (d.lab = { ...d.lab, seed: 123 }),
  sxw: (d) => (d.smoothOwn = { x: 'acts/x', w: 'fc1.weight' }),
  lin: (d) => (d.lab = { ...d.lab, input: 'loaded' }),
  alpha: (d) => (d.smoothAlpha = 0.75),
  lang: (d) => (d.language = 'ko'),
  hide: (d) => (d.hidden = ['mapping', 'export']),
  presenter: (d) => (d.presenter = !d.presenter),
  embed: (d) => (d.embed = true),
  lesson: (d) => (d.lesson = { id: 'granularity', step: 0 }),
  step: (d) => (d.lesson = { id: 'granularity', step: 3 }),
  osort: (d) => (d.overview = { ...d.overview, sort: 'kurtosis', desc: true }),
  ofilter: (d) => (d.overview = { ...d.overview, filter: 'attn.q' }),
  ometric: (d) => (d.overview = { ...d.overview, metric: 'int4g' }),
  olog: (d) => (d.overview = { ...d.overview, log: !d.overview.log }),
  ocols: (d) => (d.overview = { ...d.overview, columns: ['params', 'kurtosis', 'int8', 'int8ch'] }),
};

function sample(d: SceneState) {
  if (d.source.kind !== 'sample') throw new Error('the default scene shows a sample');
  return d.source;
}

/** The default scene with one key's example applied. */
function exampleScene(key: string): SceneState {
  const d = structuredClone(DEFAULT_SCENE);
  EXAMPLES[key](d);
  return d;
}

describe('every link key', () => {
  it('has an example here', () => {
    expect(FIELDS.map((f) => f.key).filter((k) => !(k in EXAMPLES))).toEqual([]);
  });

  it.each(FIELDS.map((f) => f.key))('%s is written when it differs from the default and reads back to the same scene', (key) => {
    const scene = exampleScene(key);
    expect(scene).not.toEqual(DEFAULT_SCENE);
    const link = encodeScene(scene);
    expect(new URLSearchParams(link).has(key)).toBe(true);
    const decoded = decodeScene(link);
    expect(decoded.ignored).toEqual([]);
    expect(decoded.scene).toEqual(scene);
  });
});
