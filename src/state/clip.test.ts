import { describe, expect, it } from 'vitest';
import type { TensorStats } from '../core/math';
import { calibrationRow } from '../../tests/helpers/ui';
import type { CalibrationRow } from '../worker/api';
import { resolveClip } from './clip';
import { DEFAULT_SCENE, useScene } from './scene';

const stats = { min: -2, max: 3 } as TensorStats;
const spec = { bits: 8, mode: 'affine' as const, signed: true, narrowRange: false };
const row = (method: CalibrationRow['method'], min: number, max: number) => calibrationRow(method, min, max, spec);
const rows = [row({ kind: 'max' }, -2, 3), row({ kind: 'entropy' }, -0.5, 0.7)];

describe('resolveClip', () => {
  it("gives the user's own range as it is, and a calibrator's from its row", () => {
    expect(resolveClip({ kind: 'manual', range: { min: -1, max: 0.5 } }, false, { stats, rows })).toEqual({ min: -1, max: 0.5 });
    expect(resolveClip({ kind: 'calibrator', id: 'entropy' }, false, { stats, rows })).toEqual({ min: -0.5, max: 0.7 });
  });
  it('uses the data range until the calibrators have run, and nothing before a tensor is known', () => {
    expect(resolveClip({ kind: 'calibrator', id: 'entropy' }, false, { stats, rows: null })).toEqual({ min: -2, max: 3 });
    expect(resolveClip({ kind: 'calibrator', id: 'max' }, false, { stats: null, rows: null })).toBeNull();
  });
  it('makes the range symmetric when the handles are', () => {
    expect(resolveClip({ kind: 'calibrator', id: 'max' }, true, { stats, rows })).toEqual({ min: -3, max: 3 });
    expect(resolveClip({ kind: 'manual', range: { min: -1, max: 0.5 } }, true, { stats, rows })).toEqual({ min: -1, max: 1 });
  });
});

describe('scene actions', () => {
  const reset = () => useScene.setState(structuredClone(DEFAULT_SCENE));
  it('a moved handle turns the clip into the user’s own range, starting from the range on screen', () => {
    reset();
    useScene.getState().moveHandle('max', 0.25, { min: -3, max: 3 }, { min: -0.5, max: 0.7 });
    expect(useScene.getState().clip).toEqual({ kind: 'manual', range: { min: -0.5, max: 0.25 } });
  });
  it('adopting a calibrator keeps only its id: the range stays derived', () => {
    reset();
    useScene.getState().setRange({ min: -1, max: 1 });
    useScene.getState().adoptCalibrator('entropy');
    expect(useScene.getState().clip).toEqual({ kind: 'calibrator', id: 'entropy' });
  });
  it("symmetric mode and the lock make the user's own range symmetric, and leave a calibrator as it is", () => {
    reset();
    useScene.getState().setRange({ min: -1, max: 0.5 });
    useScene.getState().setSpec({ mode: 'symmetric' });
    expect(useScene.getState().clip).toEqual({ kind: 'manual', range: { min: -1, max: 1 } });
    reset();
    useScene.getState().setSymmetricLock(true);
    expect(useScene.getState().clip).toEqual({ kind: 'calibrator', id: 'max' });
  });
  it('another tensor starts unzoomed on the max calibrator', () => {
    reset();
    useScene.getState().setRange({ min: -1, max: 0.5 });
    useScene.getState().setZoom({ min: 0, max: 1 });
    useScene.getState().setSample({ id: 'gaussian' });
    expect(useScene.getState()).toMatchObject({ clip: { kind: 'calibrator', id: 'max' }, zoom: null });
  });
});
