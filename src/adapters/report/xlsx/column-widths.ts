import { formatValue } from '../../../core/report/format-value.js';
import type { Worksheet } from 'exceljs';
import type { Lang, Table } from '../../../core/report/report-model.js';

/** Bounds of a computed width in characters: narrow enough to fit, wide enough to read. */
const minWidth = 8;
const maxWidth = 50;

/**
 * The width of each sheet column shared by the tables on one sheet: the model's suggested width
 * where a column has one, else the longest header or shown value plus a little air.
 */
export function columnWidths(tables: Table[], lang: Lang, suppressedLabel: string): number[] {
  const widths: number[] = [];
  for (const table of tables) {
    table.columns.forEach((column, index) => {
      let width = column.width;
      if (width === undefined) {
        let longest = column.label.length;
        for (const row of [...table.rows, table.totals ?? []]) {
          const cell = row[index];
          if (cell === undefined) continue;
          longest = Math.max(longest, formatValue(cell, column.format, lang, suppressedLabel).length);
        }
        width = Math.min(maxWidth, Math.max(minWidth, longest + 2));
      }
      widths[index] = Math.max(widths[index] ?? 0, width);
    });
  }
  return widths;
}

/** Sets the widths of a sheet's first columns, in characters. */
export function applyColumnWidths(sheet: Worksheet, widths: readonly (number | undefined)[]): void {
  widths.forEach((width, index) => {
    if (width !== undefined) sheet.getColumn(index + 1).width = width;
  });
}
