import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENE, type SceneState } from '../scene';
import { decodeScene, encodeScene } from './codec';
import { OVERVIEW_COLUMNS } from '../overviewColumns';

const scene = (over: Partial<SceneState>): SceneState => ({ ...structuredClone(DEFAULT_SCENE), ...over });

describe('overview link keys', () => {
  it('round-trip the panel, sort (both directions), filter, metric, linear axis and chosen columns', () => {
    for (const overview of [
      { sort: 'kurtosis', desc: true, filter: 'layers.1 mlp', metric: 'int8ch', log: false, columns: null },
      { sort: 'name', desc: false, filter: '', metric: 'spread', log: true, columns: ['dtype', 'best'] },
      { sort: 'order', desc: true, filter: 'a&b=c', metric: 'absmax', log: true, columns: [] },
      { sort: 'int4g', desc: true, filter: '', metric: 'int4g', log: true, columns: [...OVERVIEW_COLUMNS] },
    ] as const) {
      const s = scene({ panel: 'overview', overview: { ...overview, columns: overview.columns && [...overview.columns] } });
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

  it('write the chosen columns in table order ("none" for none) and leave the mode default out', () => {
    const link = (columns: SceneState['overview']['columns']) =>
      new URLSearchParams(encodeScene(scene({ overview: { ...DEFAULT_SCENE.overview, columns } }))).get('ocols');
    expect(link(['int8ch', 'absmax'])).toBe('absmax,int8ch');
    expect(link([])).toBe('none');
    expect(link(null)).toBeNull();
  });

  it('read columns in any order once each, and ignore a list naming an unknown column', () => {
    expect(decodeScene('v=1&ocols=best,absmax,best').scene.overview.columns).toEqual(['absmax', 'best']);
    const decoded = decodeScene('v=1&ocols=absmax,colour');
    expect(decoded.scene.overview.columns).toBeNull();
    expect(decoded.ignored.map((i) => i.key)).toEqual(['ocols']);
  });
});
