import { formatShare } from '../format/format-share.js';
import type { Lang } from './types.js';

/** Number formatters for one language: Dutch conventions for nl (1.234,5), British for en (1,234.5). */
export interface NumberFormats {
  count: (n: number) => string;
  /** One decimal at most: avoidances, tonnes, km. */
  decimal: (n: number) => string;
  /** A share 0..1 as a percentage, by the report's one rounding rule (12,4%, 10%, 0,8%). */
  percent: (share: number) => string;
}

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The formatters for a language, built once per advice run. */
export function numberFormats(lang: Lang): NumberFormats {
  const locale = LOCALES[lang];
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    count: (n) => count.format(Math.round(n)),
    decimal: (n) => decimal.format(n),
    percent: (share) => formatShare(share, lang),
  };
}
