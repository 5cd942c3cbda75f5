import { modelErrorsEn } from '../i18n/modelErrors';
import { CodedError, fillText, type CodedText, type TextParams } from '../shared/codedError';

/** The engine's message codes: keys of the `modelErrors` i18n section. */
export type ModelErrorCode = keyof typeof modelErrorsEn;

/** A message of the engine as data (it crosses the Worker boundary), said in the user's language by the page. */
export interface ModelText extends CodedText {
  code: ModelErrorCode;
}

/** The engine's message `code` with its values. */
export const modelText = (code: ModelErrorCode, params: TextParams = {}): ModelText => ({ code, params });

/** The English words of an engine message (the headless scripts' and the log's language). */
export const modelEnglish = (text: ModelText): string => fillText(modelErrorsEn[text.code], text.params);

/** An error of the engine: English `message`, and the code and values to say it in the user's language. */
export function modelError(code: ModelErrorCode, params: TextParams = {}): CodedError {
  return new CodedError(modelEnglish(modelText(code, params)), code, params);
}
