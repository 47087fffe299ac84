/**
 * The WPM commuting table as a CSV for Dutch Excel: ';' between cells, decimal commas, a BOM so
 * Excel reads UTF-8, CRLF lines, and every text cell neutralised against formula injection.
 */
import { neutraliseCsvCell } from './neutralise-csv-cell.js';
import type { WpmCommuting } from './wpm-commuting.js';

/** Who and what the table is about, printed above it. */
export interface WpmCsvMeta {
  companyName: string;
  scanExportDate: string;
}

const NEEDS_QUOTES = /[;"\r\n]/;

/** One text cell: neutralised, then quoted when it holds a delimiter, quote or line break. */
export function csvTextCell(value: string): string {
  const safe = neutraliseCsvCell(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number with a decimal comma and no grouping, as Dutch Excel reads it back. */
const decimal = (value: number, digits: number) => value.toFixed(digits).replace('.', ',');

/** The CSV text of a WPM commuting table. */
export function formatWpmCsv(wpm: WpmCommuting, meta: WpmCsvMeta): string {
  const lines: string[][] = [
    ['WPM woon-werkverkeer (schatting)', String(wpm.year)],
    ['Bedrijf', meta.companyName],
    ['Scan (exportdatum)', meta.scanExportDate],
    [],
    ['Categorie', 'Category', 'Km', 'CO2 TTW (kg)'],
    ...wpm.rows.map((r) => [r.labelNl, r.labelEn, { n: decimal(r.km, 0) }, { n: decimal(r.co2TtwKg, 1) }]),
    ['Totaal', 'Total', { n: decimal(wpm.totalKm, 0) }, { n: decimal(wpm.totalCo2TtwKg, 1) }],
    [],
    ...wpm.notes.map((n) => ['Toelichting', n]),
    ...wpm.assumptions.map((a) => ['Aanname', a]),
    ...wpm.warnings.map((w) => ['Waarschuwing', w]),
  ].map((cells) => cells.map((c) => (typeof c === 'string' ? csvTextCell(c) : c.n)));
  return '\uFEFF' + lines.map((cells) => cells.join(';')).join('\r\n') + '\r\n';
}
