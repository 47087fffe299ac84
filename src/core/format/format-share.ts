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

/** The decimals a share needs as a percentage: 0 for a whole percentage (10%), else 1 (12,4%). */
export function shareDigits(share: number): 0 | 1 {
  const rounded = Math.round(share * 1000) / 1000;
  return Number.isInteger(Math.round(rounded * 1000) / 10) ? 0 : 1;
}

/**
 * The decimals for a column of shares: one for all when any needs one, so a table column reads
 * 66,0% beside 57,1% rather than 66% (Excel's '0.0%' does the same in the workbook).
 */
export function columnShareDigits(shares: readonly number[]): 0 | 1 {
  return shares.some((s) => shareDigits(s) === 1) ? 1 : 0;
}

/**
 * A share 0..1 as a percentage in the reader's language: 12,4% or 10% in Dutch, 12.4% in English;
 * `digits` fixes the decimals (a table column sets one form for all its values).
 *
 * @example formatShare(0.66, 'nl') // '66%'; formatShare(0.66, 'nl', 1) // '66,0%'
 */
export function formatShare(share: number, lang: 'nl' | 'en', digits: 0 | 1 = shareDigits(share)): string {
  const rounded = Math.round(share * 1000) / 1000;
  return percentFormat(lang, digits).format(rounded + 0);
}
