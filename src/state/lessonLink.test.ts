import { describe, expect, it } from 'vitest';
import { LESSONS } from '../lessons';
import { stepLink, withLessonScene } from './lessonLink';
import { DEFAULT_SCENE, type SceneState } from './scene';
import { decodeScene, encodeScene } from './url/codec';

const viewer: SceneState = { ...structuredClone(DEFAULT_SCENE), language: 'ko', presenter: true, hidden: ['export'] };
const open = (query: string) => withLessonScene(decodeScene(query), query);

describe('lesson links', () => {
  it('round-trip the lesson, its step (counted from 1) and embedding', () => {
    const s: SceneState = { ...structuredClone(DEFAULT_SCENE), lesson: { id: 'calibration', step: 2 }, embed: true };
    const query = encodeScene(s);
    expect(query).toContain('lesson=calibration&step=3');
    expect(query).toContain('embed=1');
    const decoded = decodeScene(query);
    expect(decoded.scene).toEqual(s);
    expect(decoded.ignored).toEqual([]);
  });

  it.each([
    ['lesson=nope&step=1', ['lesson', 'step']],
    ['lesson=formats&step=0', ['step']],
    ['lesson=formats&step=99', ['step']],
    ['step=2', ['step']],
  ])('ignore %s and say so', (query, keys) => {
    expect(decodeScene(query).ignored.map((i) => i.key)).toEqual(keys);
  });

  it('a bare lesson link opens the step’s own scene, keeping the viewer’s settings', () => {
    const { scene, ignored } = open('lesson=calibration&step=3&lang=ko&presenter=1');
    const step = decodeScene(LESSONS[5].steps[2].scene).scene;
    expect(ignored).toEqual([]);
    expect(scene).toEqual({ ...step, language: 'ko', presenter: true, lesson: { id: 'calibration', step: 2 } });
    expect(scene.clip).toEqual({ kind: 'calibrator', id: 'entropy' });
  });

  it('a link carrying its own scene keeps it, with the lesson’s text beside it', () => {
    const { scene } = open('v=1&bits=3&range=-1,1&lesson=calibration&step=3');
    expect(scene.spec.bits).toBe(3);
    expect(scene.clip).toEqual({ kind: 'calibrator', id: 'max' });
    expect(scene.lesson).toEqual({ id: 'calibration', step: 2 });
  });

  it('a step’s scene keeps language, presenter mode, embedding and hidden panels', () => {
    const s = stepLink(viewer, { id: 'affine', step: 0 }).scene;
    expect(s).toMatchObject({ language: 'ko', presenter: true, hidden: ['export'], lesson: { id: 'affine', step: 0 } });
    expect(s.spec.bits).toBe(3);
    expect(() => stepLink(viewer, { id: 'affine', step: 99 })).toThrow(/no step 100/);
  });
});
