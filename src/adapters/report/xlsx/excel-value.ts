import type { Cell, ValueFormat } from '../../../core/report/report-model.js';

/** Excel's limit on the length of a cell's text; longer text makes Excel repair the file. */
const maxTextLength = 32767;
/** Characters that XML 1.0 cannot hold; one of them would make the whole file unreadable. */
const invalidXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text as Excel can store it: without characters XML forbids and within Excel's length limit. */
export function safeText(text: string): string {
  return text.replace(invalidXml, '').slice(0, maxTextLength);
}

/** An ISO 'YYYY-MM-DD' date as midnight UTC (the serial Excel stores), or null when it is not one. */
export function isoDateToUtc(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCDate() === Number(match[3]) ? date : null;
}

/**
 * The value a report cell is stored as: numbers as numbers, dates as dates, text as plain text
 * (never a formula: exceljs writes a string value as a string, whatever its first character),
 * a suppressed group as an empty cell (a note under the table says why; a number column holds
 * numbers only), null as an empty cell.
 */
export function excelValue(cell: Cell, format: ValueFormat, _suppressedLabel?: string): string | number | Date | null {
  if (cell === null) return null;
  if (typeof cell === 'object') return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (format === 'date') return isoDateToUtc(cell) ?? safeText(cell);
  return safeText(cell);
}
