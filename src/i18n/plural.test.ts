import { describe, expect, it } from 'vitest';
import { initI18n } from '.';

describe('plurals', () => {
  it('the group row says "1 value" and "3 values" in English, one form in Korean', async () => {
    const i18n = initI18n('en');
    expect(i18n.t('gran.rows.group', { count: 1 })).toBe('group-wise, 1 value per group');
    expect(i18n.t('gran.rows.group', { count: 3 })).toBe('group-wise, 3 values per group');
    expect(i18n.t('gran.rows.tensor', { count: 3 })).toBe('per-tensor (the range [β, α] above)'); // same call, no plural
    await i18n.changeLanguage('ko');
    expect(i18n.t('gran.rows.group', { count: 1 })).toBe('그룹 단위, 그룹당 1개');
    expect(i18n.t('gran.rows.group', { count: 3 })).toBe('그룹 단위, 그룹당 3개');
    await i18n.changeLanguage('en');
  });
});
