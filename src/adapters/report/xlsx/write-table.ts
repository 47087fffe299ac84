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
  /** Written under a table with suppressed cells that has no note of its own. */
  confidentialityNote: string;
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

function writeRow(sheet: Worksheet, row: number, columns: Column[], cells: Cell[], context: TableContext, totals: boolean): void {
  columns.forEach((column, index) => {
    const raw = cells[index] ?? null;
    const cell = sheet.getCell(row, index + 1);
    const value = excelValue(shown(raw, column, context), column.format, context.suppressedLabel);
    cell.value = value;
    const numFmt = excelNumFmt(column.format);
    if (numFmt && (typeof value === 'number' || value instanceof Date)) cell.numFmt = numFmt;
    const suppressed = raw !== null && typeof raw === 'object';
    const long = typeof value === 'string' && value.length > (sheet.getColumn(index + 1).width ?? 10);
    // top-aligned, so a row made tall by wrapped text still reads across; the suppressed label
    // sits where the number would
    cell.alignment = { vertical: 'top', ...(suppressed ? { horizontal: 'right' } : long ? { wrapText: true } : {}) };
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
  table.columns.forEach((column, index) => {
    const cell = sheet.getCell(headerRow, index + 1);
    cell.value = safeText(column.label);
    cell.font = font({ bold: true });
    cell.fill = headerFill;
    cell.border = { bottom: thin };
    cell.alignment = { horizontal: column.format === 'text' ? 'left' : 'right', vertical: 'bottom', wrapText: true };
  });
  fitRowHeight(sheet, headerRow);
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

  const suppressed = [...table.rows, table.totals ?? []].some((cells) => cells.some((c) => c !== null && typeof c === 'object'));
  const note = table.note ?? (suppressed ? context.confidentialityNote : undefined);
  row = writeLines(sheet, row + 1, note === undefined ? [] : [note], 'note');
  return { headerRow, lastDataRow, nextRow: row + 1 };
}
