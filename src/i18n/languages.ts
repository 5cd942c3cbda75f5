/** Languages the product speaks; English is complete and the fallback. */
export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];
