import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ko } from './ko';

import { LANGUAGES, type Language } from './languages';

export { LANGUAGES, type Language };

/** The browser's preferred language if we speak it, else English. */
export function preferredLanguage(candidates: readonly string[]): Language {
  for (const c of candidates) {
    const base = c.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

/** Starts i18next with every language bundled (no network). */
export function initI18n(lng: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return i18next;
}
