import type { TFunction } from 'i18next';
import type { CodedText } from '../../shared/codedError';

/** A model-lab message in the UI language: an engine message through its `modelErrors.<code>` key, any other as it came. */
export function errorText(t: TFunction, error: CodedText | string): string {
  return typeof error === 'string' ? error : t(`modelErrors.${error.code}`, error.params);
}
