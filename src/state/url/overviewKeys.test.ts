import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENE, type SceneState } from '../scene';
import { decodeScene, encodeScene } from './codec';

const scene = (over: Partial<SceneState>): SceneState => ({ ...structuredClone(DEFAULT_SCENE), ...over });

describe('overview link keys', () => {
  it('round-trip the panel, sort (both directions), filter, metric and linear axis', () => {
    for (const overview of [
      { sort: 'kurtosis', desc: true, filter: 'layers.1 mlp', metric: 'int8ch', log: false },
      { sort: 'name', desc: false, filter: '', metric: 'spread', log: true },
      { sort: 'order', desc: true, filter: 'a&b=c', metric: 'absmax', log: true },
    ] as const) {
      const s = scene({ panel: 'overview', overview: { ...overview } });
      const text = encodeScene(s);
      const decoded = decodeScene(text);
      expect(decoded.ignored).toEqual([]);
      expect(decoded.scene).toEqual(s);
    }
  });

  it('writes -sort for descending and leaves the defaults out', () => {
    const text = encodeScene(scene({ overview: { ...DEFAULT_SCENE.overview, sort: 'outliers', desc: true } }));
    expect(new URLSearchParams(text).get('osort')).toBe('-outliers');
    expect(encodeScene(DEFAULT_SCENE)).not.toContain('osort');
  });

  it('ignores unknown metrics and sorts, keeping the defaults and saying so', () => {
    const decoded = decodeScene('v=1&osort=-nonsense&ometric=colour&olog=maybe');
    expect(decoded.scene.overview).toEqual(DEFAULT_SCENE.overview);
    expect(decoded.ignored.map((i) => i.key).sort()).toEqual(['olog', 'ometric', 'osort']);
  });
});
