import type { Worksheet } from 'exceljs';
import { excelNumFmt } from '../../../core/report/format-value.js';
import type { Cell, Column, GoalStatus, Lang, Table } from '../../../core/report/report-model.js';
import { addDataBar, addTrafficLight } from './conditional-formats.js';
import { excelValue, safeText } from './excel-value.js';
import { fitRowHeight } from './fit-row-height.js';
import { font } from './font.js';
import { goalStatuses } from './status-style.js';
import { writeLines } from './write-lines.js';

/** What a table needs from the report besides itself. */
export interface TableContext {
  lang: Lang;
  suppressedLabel: string;
  /** Written under a table whose suppressed cells are left empty. */
  suppressedNote: string;
  /** Gives each Excel table a name unique in the workbook. */
  tableName: (id: string) => string;
  statusWords: Readonly<Record<GoalStatus, string>>;
}

/** Where a written table landed on its sheet. */
export interface WrittenTable {
  headerRow: number;
  /** The last row of the body, before any totals row (equal to headerRow when there are no rows). */
  lastDataRow: number;
  /** The first free row after the table and one blank row. */
  nextRow: number;
}

const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
const headerFill = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE7E6E6' } };

function shown(raw: Cell, column: Column, context: TableContext): Cell {
  if (column.visual !== 'traffic' || typeof raw !== 'string') return raw;
  const status = goalStatuses.find((s) => s === raw);
  return (status && context.statusWords[status]) ?? raw;
}

/** Header names an Excel table accepts: text, unique within the table (Excel repairs the file otherwise). */
function uniqueHeaders(columns: Column[]): string[] {
  const seen = new Map<string, number>();
  return columns.map((c, i) => {
    const base = safeText(c.label).trim() || `${i + 1}`;
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

function writeRow(sheet: Worksheet, row: number, columns: Column[], cells: Cell[], context: TableContext, totals: boolean): void {
  columns.forEach((column, index) => {
    const raw = cells[index] ?? null;
    const cell = sheet.getCell(row, index + 1);
    const value = excelValue(shown(raw, column, context), column.format, context.suppressedLabel);
    cell.value = value;
    const numFmt = excelNumFmt(column.format);
    if (numFmt && (typeof value === 'number' || value instanceof Date)) cell.numFmt = numFmt;
    const long = typeof value === 'string' && value.length > (sheet.getColumn(index + 1).width ?? 10);
    // top-aligned, so a row made tall by wrapped text still reads across
    cell.alignment = { vertical: 'top', ...(long ? { wrapText: true } : {}) };
    if (totals) {
      cell.font = font({ bold: true });
      cell.border = { top: thin };
    }
  });
  fitRowHeight(sheet, row);
}

/**
 * Writes a table from `startRow`: its title (unless `showTitle` is false), a bold header row, the rows, a bold totals row and
 * the note. Numbers keep their number format; a data bar or a traffic light goes over the body of
 * a column that asks for one. Set the column widths first: long text wraps within them.
 */
export function writeTable(sheet: Worksheet, table: Table, startRow: number, context: TableContext, showTitle = true): WrittenTable {
  let row = writeLines(sheet, startRow, showTitle ? [table.title] : [], 'heading');
  const headerRow = row;
  const headers = uniqueHeaders(table.columns);
  if (table.rows.length > 0) {
    // A real Excel table (sortable, filterable, banded): exceljs writes the header and the values,
    // the cells are then formatted like any other.
    sheet.addTable({
      name: context.tableName(table.id),
      ref: sheet.getCell(headerRow, 1).address,
      headerRow: true,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows: table.rows.map((cells) => table.columns.map((column, i) => excelValue(shown(cells[i] ?? null, column, context), column.format, context.suppressedLabel))),
    });
  }
  table.columns.forEach((column, index) => {
    const cell = sheet.getCell(headerRow, index + 1);
    cell.value = headers[index] ?? '';
    cell.font = font({ bold: true, ...(table.rows.length > 0 ? { color: { argb: 'FFFFFFFF' } } : {}) });
    if (table.rows.length === 0) {
      cell.fill = headerFill;
      cell.border = { bottom: thin };
    }
    cell.alignment = { horizontal: column.format === 'text' ? 'left' : 'right', vertical: 'bottom', wrapText: true };
  });
  fitRowHeight(sheet, headerRow);
  // The first table's header row repeats at the top of every printed page.
  if (!sheet.pageSetup.printTitlesRow) sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  for (const cells of table.rows) writeRow(sheet, ++row, table.columns, cells, context, false);
  const lastDataRow = row;
  if (table.totals) writeRow(sheet, ++row, table.columns, table.totals, context, true);

  if (lastDataRow > headerRow) {
    table.columns.forEach((column, index) => {
      const letter = sheet.getColumn(index + 1).letter;
      const ref = `${letter}${headerRow + 1}:${letter}${lastDataRow}`;
      if (column.visual === 'dataBar') addDataBar(sheet, ref);
      if (column.visual === 'traffic') addTrafficLight(sheet, ref, context.statusWords);
    });
  }

  // Suppressed cells stay empty (a number column holds numbers only); a note says why.
  const suppressed = [...table.rows, table.totals ?? []].some((cells) => cells.some((c) => c !== null && typeof c === 'object'));
  const notes = [...(table.note === undefined ? [] : [table.note]), ...(suppressed ? [context.suppressedNote] : [])];
  row = writeLines(sheet, row + 1, notes, 'note');
  return { headerRow, lastDataRow, nextRow: row + 1 };
}
