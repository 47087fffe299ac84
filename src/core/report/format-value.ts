import type { Cell, Lang, ValueFormat } from './report-model.js';

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number, percent = false): Intl.NumberFormat {
  const key = `${lang}:${digits}:${percent}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], {
      style: percent ? 'percent' : 'decimal',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    cache.set(key, format);
  }
  return format;
}

/** Formats an ISO date the Dutch way (27-11-2026) or the English way (27 Nov 2026). */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  if (lang === 'nl') return `${d}-${m}-${y}`;
  const month = new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  return `${Number(d)} ${month} ${y}`;
}

/**
 * Formats one report value as text in the report's language (PDF, terminal). The one rounding
 * rule of the report: people and trips ('count', 'int') whole, with thousands separators;
 * shares with one decimal, a whole percentage without ',0' (10%, 12,4%); tiles, sentences and
 * tables all call this, so a figure reads the same wherever it appears.
 */
export function formatValue(value: Cell, format: ValueFormat, lang: Lang, suppressedText = '<5'): string {
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
    case 'pct': {
      const rounded = Math.round(value * 1000) / 1000;
      return numberFormat(lang, Number.isInteger(Math.round(rounded * 1000) / 10) ? 0 : 1, true).format(rounded);
    }
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
    default:
      return undefined;
  }
}
