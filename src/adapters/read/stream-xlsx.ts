import { InputError } from '../../core/errors.js';
import { note } from './table-read-messages.js';
import { stripControl } from '../../core/ingest/strip-control.js';
import { formatCellValue } from './format-cell-value.js';
import type { OpenedSheet } from './open-xlsx.js';
import { createLimitCheck } from './table-limits.js';
import type { TableRow } from './table-source.js';
import { text } from '../../core/i18n/index.js';
import { fileMessages } from '../file-messages.js';

/** The part of exceljs's streaming worksheet reader used here. */
interface StreamedSheet extends AsyncIterable<{ number: number; cellCount: number; getCell(c: number): { value: unknown } }> {
  name?: string;
  state?: string;
}

const DAMAGED_HINT = text(fileMessages, 'xlsxDamagedHint');

/**
 * Reads a big workbook as a stream (exceljs's WorkbookReader): memory stays bounded by one row
 * and the shared strings, and a reader that stops early (`columns`) stops the file there. Sheets
 * come in the order they are stored, which is tab order in what Excel writes; the chosen one is
 * `sheetName`, else the first visible sheet with a row. Merged ranges are not repeated here: in
 * the sheet's XML they come after the rows.
 */
export async function streamXlsx(path: string, sheetName?: string): Promise<OpenedSheet> {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  const sheets = (reader as unknown as AsyncIterable<StreamedSheet>)[Symbol.asyncIterator]();
  const stop = async (): Promise<void> => {
    (reader as unknown as { stream?: { destroy(): void } }).stream?.destroy();
    await sheets.return?.();
  };
  const seen: string[] = [];
  const wanted = sheetName?.trim().toLowerCase();
  try {
    for (let next = await sheets.next(); !next.done; next = await sheets.next()) {
      const sheet = next.value;
      const name = sheet.name ?? `sheet ${seen.length + 1}`;
      seen.push(`'${stripControl(name)}'`);
      const named = wanted !== undefined && name.trim().toLowerCase() === wanted;
      if (wanted !== undefined ? !named : sheet.state !== undefined && sheet.state !== 'visible') {
        for await (const _ of sheet); // drain it: the next sheet follows in the same stream
        continue;
      }
      const rows = sheet[Symbol.asyncIterator]();
      const first = await rows.next();
      if (first.done) {
        if (named) return { sheet: name, notes: [], rows: (async function* () {})() };
        continue;
      }
      const notes = wanted === undefined ? [note('noteStreamed', { sheet: stripControl(name) })] : [];
      return { sheet: stripControl(name), notes, rows: sheetRows(path, first.value, rows, stop) };
    }
  } catch (error) {
    await stop();
    throw damaged(path, error);
  }
  await stop();
  if (wanted !== undefined) throw new InputError(text(fileMessages, 'xlsxNoSheet', { path, sheet: `'${sheetName}'`, sheets: seen.join(', ') }), text(fileMessages, 'xlsxNoSheetHint'));
  throw new InputError(text(fileMessages, 'xlsxNoData', { path, sheets: seen.join(', '), visible: 'yes' }), text(fileMessages, 'xlsxNoDataHint'));
}

function damaged(path: string, error: unknown): unknown {
  if (error instanceof InputError) return error;
  // the library's message may quote cell text, so it is not passed on
  return new InputError(text(fileMessages, 'xlsxDamaged', { path }), DAMAGED_HINT);
}

type StreamedRow = { number: number; cellCount: number; getCell(c: number): { value: unknown } };

/** Rows as trimmed strings, with the blank rows the stream leaves out put back in. */
async function* sheetRows(path: string, first: StreamedRow, rest: AsyncIterator<StreamedRow>, stop: () => Promise<void>): AsyncGenerator<TableRow> {
  const limit = createLimitCheck(path);
  let expected = 1;
  try {
    for (let row: StreamedRow | undefined = first; row !== undefined; ) {
      for (; expected < row.number; expected++) {
        limit(1, expected);
        yield { cells: [''], row: expected };
      }
      const cells: string[] = [];
      limit(row.cellCount, row.number);
      for (let c = 1; c <= row.cellCount; c++) cells.push(stripControl(formatCellValue(row.getCell(c).value)).trim());
      while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
      if (cells.length === 0) cells.push('');
      yield { cells, row: row.number };
      expected = row.number + 1;
      let next;
      try {
        next = await rest.next();
      } catch (error) {
        throw damaged(path, error);
      }
      row = next.done ? undefined : next.value;
    }
  } finally {
    await stop();
  }
}
