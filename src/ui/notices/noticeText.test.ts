import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { degenerateMessage, qparams, tensorStats } from '../../core/math';
import { en } from '../../i18n/en';
import { ko } from '../../i18n/ko';
import { constantText, loadErrorText } from './noticeText';

const i18n = i18next.createInstance();
await i18n.init({ resources: { en: { translation: en }, ko: { translation: ko } }, lng: 'en', interpolation: { escapeValue: false } });
const t = i18n.getFixedT('en');
const tKo = i18n.getFixedT('ko');
const affine = { bits: 8, mode: 'affine' as const, signed: true, narrowRange: false };

describe('loadErrorText', () => {
  it('says an all-NaN tensor has nothing to quantize and that the tensor on screen stays, in English and Korean', () => {
    const message = `nan.npy: ${degenerateMessage({ kind: 'no-finite', nan: 12, inf: 0 })}`;
    expect(loadErrorText(t, message, false)).toBe(
      'This tensor holds no finite value (12 NaN, 0 infinite): there is no range and no error to compute. The tensor on screen stays.',
    );
    expect(loadErrorText(tKo, message, false)).toContain('NaN 12개');
  });
  it('says an empty tensor has no values', () => {
    expect(loadErrorText(t, degenerateMessage({ kind: 'empty' }), false)).toContain('no values');
  });
  it('passes other reasons through the load-failed sentence', () => {
    expect(loadErrorText(t, 'bad magic', false)).toContain('bad magic');
  });
});

describe('constantText', () => {
  it('gives the scale really used for a constant 0.5 (the range widened to [0, 0.5]), not 2⁻²³', () => {
    const stats = tensorStats(Float32Array.of(0.5, 0.5, 0.5, 0.5));
    const text = constantText(t, stats, qparams({ min: 0.5, max: 0.5 }, affine)) ?? '';
    expect(text).toContain('Every value is 0.5');
    expect(text).toContain('0.001961');
    expect(text).not.toContain('2⁻²³');
  });
  it('names the smallest scale only for an all-zero tensor', () => {
    const stats = tensorStats(new Float32Array(8));
    expect(constantText(t, stats, qparams({ min: 0, max: 0 }, affine))).toContain('2⁻²³');
  });
  it('says when the tensor is a single value, and says nothing for two distinct values', () => {
    expect(constantText(t, tensorStats(Float32Array.of(3)), qparams({ min: 3, max: 3 }, affine))).toContain('a single value, 3');
    expect(constantText(t, tensorStats(Float32Array.of(1, 2)), qparams({ min: 1, max: 2 }, affine))).toBeNull();
  });
});
