/**
 * The one rounding rule for a share as a percentage, in every report text, tile, table and advice
 * sentence: one decimal, and a whole percentage without ',0' (10%, 12,4%, 0,8%). Two rules gave
 * "16%" in one sentence and "15,6%" in the table beside it.
 */
const locales = { nl: 'nl-NL', en: 'en-GB' } as const;
const formats = new Map<string, Intl.NumberFormat>();

function percentFormat(lang: keyof typeof locales, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format;
}

/** A share 0..1 as a percentage in the reader's language: 12,4% or 10% in Dutch, 12.4% in English. */
export function formatShare(share: number, lang: 'nl' | 'en'): string {
  const rounded = Math.round(share * 1000) / 1000;
  return percentFormat(lang, Number.isInteger(Math.round(rounded * 1000) / 10) ? 0 : 1).format(rounded + 0);
}
