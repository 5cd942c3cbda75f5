import { describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { loadMlpWeights } from '../../model/load';
import { modelEnglish, modelText } from '../../model/errors';
import { modelErrorsEn } from '../../i18n/modelErrors';
import type { LoadedTensor } from '../../io/types';
import { errorText } from './errorText';

const t = (name: string, shape: number[]): LoadedTensor => ({
  name,
  dtype: 'float32',
  shape,
  data: new Float32Array(shape.reduce((a, b) => a * b, 1)),
});

describe('errorText', () => {
  it('says an engine error in the UI language, with the English of the error’s own message', async () => {
    const err = await loadMlpWeights([t('a.weight', [32, 784]), t('a.bias', [31]), t('b.weight', [10, 32]), t('b.bias', [10])]).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ name: 'CodedError', code: 'biasShape', params: { name: 'a', shape: '[31]', outDim: 32 } });
    const coded = err as { code: string; params: Record<string, string | number> };
    const i18n = initI18n('en');
    expect(errorText(i18n.t, coded)).toBe('tensor "a.bias" has shape [31]; expected [32]');
    expect(errorText(i18n.t, coded)).toBe((err as Error).message);
    await i18n.changeLanguage('ko');
    expect(errorText(i18n.t, coded)).toBe('텐서 "a.bias"의 모양이 [31]입니다. 필요한 모양: [32]');
    expect(errorText(i18n.t, 'a reader’s message')).toBe('a reader’s message');
    await i18n.changeLanguage('en');
  });
  it('fills every placeholder of every English message as i18next does', () => {
    const i18n = initI18n('en');
    for (const [code, template] of Object.entries(modelErrorsEn)) {
      const params = Object.fromEntries([...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => [m[1], `<${m[1]}>`]));
      const text = modelText(code as keyof typeof modelErrorsEn, params);
      expect(modelEnglish(text)).toBe(errorText(i18n.t, text));
      expect(modelEnglish(text)).not.toMatch(/\{\{/);
    }
  });
});
