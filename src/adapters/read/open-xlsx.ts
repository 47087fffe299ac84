import type { Worksheet } from 'exceljs';
import { note } from './table-read-messages.js';
import { InputError } from '../../core/errors.js';
import { stripControl } from '../../core/ingest/strip-control.js';
import { formatCellValue } from './format-cell-value.js';
import { createLimitCheck } from './table-limits.js';
import type { TableRow } from './table-source.js';
import { text } from '../../core/i18n/index.js';
import { fileMessages } from '../file-messages.js';

/** The chosen worksheet of a workbook, ready to be read row by row. */
export interface OpenedSheet {
  sheet: string;
  notes: string[];
  rows: AsyncIterable<TableRow>;
}

/**
 * Loads an .xlsx workbook and picks the worksheet: `sheetName` when given, else the first
 * visible sheet with data. Loaded, not streamed: exceljs's streaming reader skips merged
 * ranges and sees sheets in zip order rather than tab order, and Excel caps a sheet at
 * 1,048,576 rows anyway.
 */
export async function openXlsx(path: string, sheetName?: string): Promise<OpenedSheet> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    // the library's message may quote cell text, so it is not passed on
    throw new InputError(text(fileMessages, 'xlsxDamaged', { path }), text(fileMessages, 'xlsxDamagedHint'));
  }
  const sheets = workbook.worksheets;
  const names = sheets.map((s) => `'${stripControl(s.name)}'`).join(', ');
  const notes: string[] = [];
  let chosen: Worksheet | undefined;
  if (sheetName !== undefined) {
    const wanted = sheetName.trim().toLowerCase();
    chosen = sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => s.name.trim().toLowerCase() === wanted);
    if (!chosen) {
      throw new InputError(text(fileMessages, 'xlsxNoSheet', { path, sheet: `'${sheetName}'`, sheets: names }), text(fileMessages, 'xlsxNoSheetHint'));
    }
  } else {
    const withData = sheets.filter((s) => s.actualRowCount > 0);
    chosen = withData.find((s) => s.state === 'visible') ?? withData[0];
    if (!chosen) {
      throw new InputError(text(fileMessages, 'xlsxNoData', { path, sheets: names, visible: 'no' }), text(fileMessages, 'xlsxNoDataHint'));
    }
    const others = withData.filter((s) => s !== chosen).map((s) => `'${stripControl(s.name)}'`);
    if (others.length > 0) {
      notes.push(note('noteOtherSheets', { sheet: stripControl(chosen.name), others: others.join(', ') }));
    }
  }
  return { sheet: stripControl(chosen.name), notes, rows: sheetRows(path, chosen) };
}

/**
 * The rows of a worksheet as trimmed strings. exceljs repeats a merged range's value into every
 * cell of it; that is kept for ranges inside one column (grouped exports merge a location down
 * its employees) and undone for ranges across columns (titles centred over the table).
 */
async function* sheetRows(path: string, sheet: Worksheet): AsyncGenerator<TableRow> {
  const limit = createLimitCheck(path);
  const wideMasters = new Set<string>();
  // rowCount also counts rows that only carry formatting, sometimes down to Excel's last row
  let lastRow = 0;
  sheet.eachRow((row, rowNumber) => {
    lastRow = rowNumber;
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master.col !== cell.col) wideMasters.add(cell.master.address);
    });
  });
  for (let r = 1; r <= lastRow; r++) {
    const row = sheet.findRow(r);
    limit(row?.cellCount ?? 1, r);
    const cells: string[] = [];
    for (let c = 1; row && c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      const slave = cell !== undefined && cell.isMerged && cell.master !== cell;
      const hidden = slave && wideMasters.has(cell.master.address);
      cells.push(cell === undefined || hidden ? '' : stripControl(formatCellValue(cell.value)).trim());
    }
    // style-only cells at the end of a row are not columns of the table
    while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length === 0) cells.push('');
    yield { cells, row: r };
  }
}
