/** The languages mobiscan speaks; Dutch is the default everywhere a person reads. */
export const LANGS = ['nl', 'en'] as const;

/** One of the languages mobiscan speaks. */
export type Lang = (typeof LANGS)[number];

/** The default language: the users are Dutch advisors. */
export const DEFAULT_LANG: Lang = 'nl';

/** True for a supported language code. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** A user's language value ('NL', 'en-GB', 'english') as a Lang, or undefined when it is none of ours. */
export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  const code = value.trim().toLowerCase();
  if (code === 'nl' || code.startsWith('nl-') || code === 'dutch' || code === 'nederlands') return 'nl';
  if (code === 'en' || code.startsWith('en-') || code === 'english' || code === 'engels') return 'en';
  return undefined;
}

/** The Intl locale behind a language: Dutch numbers and dates for nl (1.234,5; 30-11-2026). */
export function localeOf(lang: Lang): string {
  return lang === 'nl' ? 'nl-NL' : 'en-GB';
}
