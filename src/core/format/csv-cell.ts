/**
 * The one CSV cell writer of mobiscan: reject files, the --employees list, the WPM table and
 * company export all write their cells here, so every text passes the same formula guard.
 */
import { neutraliseCsvCell, neutraliseCsvCellReversibly } from '../track/neutralise-csv-cell.js';

/** What a CSV cell can hold. */
export type CsvValue = string | number | boolean | null | undefined;

/** Options for files mobiscan reads back: numbers with a point, and a guard that restores exactly. */
export interface CsvCellOptions {
  decimalPoint?: boolean;
  reversible?: boolean;
}

/**
 * One `;`-separated CSV cell: text neutralised against formula injection (neutraliseCsvCell),
 * yes/no as ja/nee, numbers with a decimal comma unless asked otherwise, quoted when it holds a
 * delimiter, quote or line break.
 */
export function csvCell(value: CsvValue, options: CsvCellOptions = {}): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number'
    ? (options.decimalPoint === true ? String(value) : String(value).replace('.', ','))
    : typeof value === 'boolean' ? (value ? 'ja' : 'nee')
    : options.reversible === true ? neutraliseCsvCellReversibly(value) : neutraliseCsvCell(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
