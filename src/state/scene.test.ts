import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENE, useScene } from './scene';

const scene = () => useScene.getState();
const file = { kind: 'file' as const, files: ['model.safetensors'], tensor: 'fc1.weight' };

beforeEach(() => useScene.setState(structuredClone(DEFAULT_SCENE)));

describe('scene actions: sources and tensors', () => {
  it('switching samples keeps the sample’s other settings', () => {
    scene().setSample({ seed: 7 });
    scene().setSample({ id: 'gaussian' });
    expect(scene().source).toMatchObject({ kind: 'sample', id: 'gaussian', seed: 7 });
  });

  it('another tensor of the open file starts unzoomed on the max calibrator; a sample has no other tensor', () => {
    scene().setSource(file);
    scene().setRange({ min: -1, max: 1 });
    scene().setZoom({ min: 0, max: 1 });
    scene().setTensor('fc2.weight');
    expect(scene()).toMatchObject({ source: { ...file, tensor: 'fc2.weight' }, clip: { kind: 'calibrator', id: 'max' }, zoom: null });
    useScene.setState(structuredClone(DEFAULT_SCENE));
    scene().setRange({ min: -1, max: 1 });
    scene().setTensor('fc2.weight');
    expect(scene().source).toEqual(DEFAULT_SCENE.source);
    expect(scene().clip).toEqual({ kind: 'manual', range: { min: -1, max: 1 } });
  });

  it('exploring a tensor from the overview opens the explorer on it, fresh', () => {
    scene().setSource(file);
    scene().setPanel('overview');
    scene().setRange({ min: -1, max: 1 });
    scene().exploreTensor('fc3.weight');
    expect(scene()).toMatchObject({ panel: 'explorer', source: { tensor: 'fc3.weight' }, clip: { kind: 'calibrator', id: 'max' } });
    useScene.setState(structuredClone(DEFAULT_SCENE));
    scene().setPanel('overview');
    scene().exploreTensor('fc3.weight');
    expect(scene()).toMatchObject({ panel: 'explorer', source: DEFAULT_SCENE.source });
  });
});

describe('scene actions: handles and settings', () => {
  it('with symmetric handles a moved handle is mirrored, and the user’s own range is made symmetric', () => {
    scene().setSpec({ mode: 'symmetric' });
    scene().moveHandle('min', -2, { min: -5, max: 5 }, { min: -1, max: 1 });
    expect(scene().clip).toEqual({ kind: 'manual', range: { min: -2, max: 2 } });
    scene().setRange({ min: -0.5, max: 3 });
    expect(scene().clip).toEqual({ kind: 'manual', range: { min: -3, max: 3 } });
  });

  it('leaving symmetric mode keeps the symmetric range as the user’s own', () => {
    scene().setSpec({ mode: 'symmetric' });
    scene().setRange({ min: -0.5, max: 3 });
    scene().setSpec({ mode: 'affine', bits: 4 });
    expect(scene().spec).toMatchObject({ mode: 'affine', bits: 4, signed: DEFAULT_SCENE.spec.signed });
    expect(scene().clip).toEqual({ kind: 'manual', range: { min: -3, max: 3 } });
  });

  it('the lab, granularity and overview settings change only the fields given', () => {
    scene().setLab({ sigma: 5 });
    scene().setLab({ seed: 9 });
    scene().setGranularity({ groupSize: 64 });
    scene().setGranularity({ axis: 1 });
    scene().setOverview({ desc: true });
    scene().setOverview({ filter: 'attn' });
    expect(scene().lab).toEqual({ ...DEFAULT_SCENE.lab, sigma: 5, seed: 9 });
    expect(scene().granularity).toEqual({ axis: 1, groupSize: 64 });
    expect(scene().overview).toEqual({ ...DEFAULT_SCENE.overview, desc: true, filter: 'attn' });
  });

  it('leaving a lesson keeps the scene on screen', () => {
    useScene.setState({ lesson: { id: 'l1', step: 2 } });
    scene().setSpec({ bits: 3 });
    scene().leaveLesson();
    expect(scene().lesson).toBeNull();
    expect(scene().spec.bits).toBe(3);
  });
});
