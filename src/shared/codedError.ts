/** Values filled into a text's {{placeholders}}. */
export type TextParams = Record<string, string | number>;

/** A text named by its i18n key (relative to its section, e.g. `weightShape` under `modelErrors`) and its values. */
export interface CodedText {
  code: string;
  params: TextParams;
}

/** An error carrying a CodedText, so that the page can say it in the user's language; `message` is the English text. */
export class CodedError extends Error implements CodedText {
  readonly code: string;
  readonly params: TextParams;

  constructor(message: string, code: string, params: TextParams) {
    super(message);
    this.name = 'CodedError';
    this.code = code;
    this.params = params;
  }
}

/** `template` with every {{name}} replaced by params[name] (left as is when missing), as i18next interpolates. */
export function fillText(template: string, params: TextParams): string {
  return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}
