import type { Cell, Lang, ValueFormat } from './report-model.js';

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    cache.set(key, format);
  }
  return format;
}

/** Dates in the report: the language layer's one date format. */
import { formatDate } from '../i18n/format-date.js';
import { formatShare } from '../format/format-share.js';

export { formatDate };

/**
 * Formats one report value as text in the report's language (PDF, terminal). The one rounding
 * rule of the report: people and trips ('count', 'int') whole, with thousands separators;
 * shares with one decimal, a whole percentage without ',0' (10%, 12,4%); tiles, sentences and
 * tables all call this, so a figure reads the same wherever it appears. A table column of shares
 * passes `shareDigits` so all its values take one form (columnShareDigits).
 */
export function formatValue(value: Cell, format: ValueFormat, lang: Lang, suppressedText = '<5', shareDigits?: 0 | 1): string {
  if (value === null) return '–';
  if (typeof value === 'object') return suppressedText;
  if (typeof value === 'string') return format === 'date' ? formatDate(value, lang) : value;
  switch (format) {
    case 'int':
    case 'count':
      // Math.round first: Intl rounds half-even in some engines, and -0 would show as '-0'
      return numberFormat(lang, 0).format(Math.round(value) + 0);
    case 'decimal1':
      return numberFormat(lang, 1).format(value);
    case 'decimal2':
      return numberFormat(lang, 2).format(value);
    case 'year':
      return String(Math.round(value));
    case 'pct':
      return formatShare(value, lang, shareDigits);
    default:
      return String(value);
  }
}

/** The Excel number format of a report format (Excel shows it in the reader's own locale); counts keep a decimal there. */
export function excelNumFmt(format: ValueFormat): string | undefined {
  switch (format) {
    case 'int':
      return '#,##0';
    case 'count':
      return '#,##0.0';
    case 'decimal1':
      return '#,##0.0';
    case 'decimal2':
      return '#,##0.00';
    case 'pct':
      return '0.0%';
    case 'date':
      return 'dd-mm-yyyy';
    case 'year':
      return '0';
    default:
      return undefined;
  }
}
