/**
 * The WPM commuting table as a CSV for Dutch Excel: ';' between cells, decimal commas, a BOM so
 * Excel reads UTF-8, CRLF lines, and every text cell neutralised against formula injection.
 */
import { csvCell } from '../format/csv-cell.js';
import { renderText, type Lang } from '../i18n/index.js';
import type { WpmCommuting } from './wpm-commuting.js';

/** Who and what the table is about, printed above it. */
export interface WpmCsvMeta {
  companyName: string;
  scanExportDate: string;
  /** The language of the notes, assumptions and warnings (Dutch, as the form). */
  lang?: Lang;
}

/** One text cell, by the shared cell writer: neutralised, then quoted when needed. */
export function csvTextCell(value: string): string {
  return csvCell(value);
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
    ...wpm.notes.map((n) => ['Toelichting', renderText(n, meta.lang ?? 'nl')]),
    ...wpm.assumptions.map((a) => ['Aanname', renderText(a, meta.lang ?? 'nl')]),
    ...wpm.warnings.map((w) => ['Waarschuwing', renderText(w, meta.lang ?? 'nl')]),
  ].map((cells) => cells.map((c) => (typeof c === 'string' ? csvTextCell(c) : c.n)));
  return '\uFEFF' + lines.map((cells) => cells.join(';')).join('\r\n') + '\r\n';
}
