import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENE } from '../scene';
import { encodeScene, decodeScene } from './codec';
import { linkParts, linkText } from './location';

describe('the scene lives in the fragment, src= in the query', () => {
  it('the fragment carries the scene and the query does not', () => {
    const scene = {
      ...structuredClone(DEFAULT_SCENE),
      source: { kind: 'file' as const, files: ['secret-payroll-Q3.npy'], tensor: 'w' },
      clip: { kind: 'manual' as const, range: { min: 1234.57, max: 2257.57 } },
    };
    const { search, hash } = linkParts(encodeScene(scene));
    expect(search).toBe('');
    expect(hash).toMatch(/^#v=1&/);
    expect(hash).toContain('file=secret-payroll-Q3.npy');
    expect(hash).toContain('range=1234.57');
  });

  it('src= stays a query parameter, everything else goes to the fragment', () => {
    const { search, hash } = linkParts('v=1&src=https%3A%2F%2Fhf.example%2Fw.npy&bits=4');
    expect(search).toBe('?src=https%3A%2F%2Fhf.example%2Fw.npy');
    expect(hash).toBe('#v=1&bits=4');
    expect(new URLSearchParams(linkText(search, hash)).get('src')).toBe('https://hf.example/w.npy');
  });

  it('old ?v=1 links are read from the query; a fragment wins over a query', () => {
    expect(linkText('?v=1&bits=3', '')).toBe('v=1&bits=3');
    expect(linkText('?v=1&bits=3', '#v=1&bits=5')).toBe('v=1&bits=5');
    expect(decodeScene(linkText('', '#v=1&bits=6')).scene.spec.bits).toBe(6);
  });

  it('a written link reads back as the same scene', () => {
    const scene = { ...structuredClone(DEFAULT_SCENE), spec: { ...DEFAULT_SCENE.spec, bits: 5 }, zoom: { min: -1, max: 2 } };
    const { search, hash } = linkParts(encodeScene(scene));
    expect(decodeScene(linkText(search, hash)).scene.zoom).toEqual({ min: -1, max: 2 });
    expect(decodeScene(linkText(search, hash)).scene.spec.bits).toBe(5);
  });
});
