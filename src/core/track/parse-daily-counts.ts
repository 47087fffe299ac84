/**
 * A table of daily counts (date, morning, evening) to DailyCount rows. Weekends and holidays
 * are dropped with a warning; a date given twice keeps the later row, also with a warning.
 */
import { text, type Text } from '../i18n/index.js';
import { trackRowMessages as m } from './track-row-messages.js';
import type { RowProblem } from '../ingest/types.js';
import { parseCountCell } from './parse-count-cell.js';
import { type Cell, parseDateCell } from './parse-date-time.js';
import { type ParsedRows, columnName, rowProblem, splitProblems } from './row-problem.js';
import type { DailyCount } from './types.js';
import { type WorkingDayOptions, isWorkingDay } from './working-days.js';

/** Column indexes (0-based) of a daily-count table. */
export interface DailyCountColumns {
  date: number;
  morning: number;
  evening: number;
  headers?: readonly string[];
}

const isBlank = (cell: Cell) => cell === null || cell === undefined || String(cell).trim() === '';

/** One row to a DailyCount, or null with the problems; a blank row gives null and none. */
export function parseDailyCountRow(
  cells: readonly Cell[],
  columns: DailyCountColumns,
  row: number,
): { count: DailyCount | null; problems: RowProblem[] } {
  if (cells.every(isBlank)) return { count: null, problems: [] };
  const error = (index: number, code: string, reason: Text) =>
    rowProblem(row, columnName(columns.headers, index), code, reason, 'error');
  const problems: RowProblem[] = [];
  const date = parseDateCell(cells[columns.date]);
  if (date === null) problems.push(error(columns.date, 'invalid-date', text(m, 'invalidDate')));
  const morning = parseCountCell(cells[columns.morning]);
  if (morning === null) problems.push(error(columns.morning, 'invalid-count', text(m, 'invalidCount')));
  const evening = parseCountCell(cells[columns.evening]);
  if (evening === null) problems.push(error(columns.evening, 'invalid-count', text(m, 'invalidCount')));
  if (date === null || morning === null || evening === null) return { count: null, problems };
  return { count: { date, morning, evening }, problems };
}

/** All rows of a table; `firstRow` is the file row number of the first data row (default 2). */
export function parseDailyCounts(
  rows: Iterable<readonly Cell[]>,
  columns: DailyCountColumns,
  options: { firstRow?: number; workingDays?: WorkingDayOptions } = {},
): ParsedRows<DailyCount> {
  const byDate = new Map<string, DailyCount>();
  const problems: RowProblem[] = [];
  const dateColumn = columnName(columns.headers, columns.date);
  let row = (options.firstRow ?? 2) - 1; // row 1 is the header line
  for (const cells of rows) {
    row += 1;
    const parsed = parseDailyCountRow(cells, columns, row);
    problems.push(...parsed.problems);
    const count = parsed.count;
    if (!count) continue;
    if (!isWorkingDay(count.date, options.workingDays)) {
      problems.push(rowProblem(row, dateColumn, 'non-working-day', text(m, 'nonWorkingDay'), 'warning'));
      continue;
    }
    if (byDate.has(count.date)) {
      problems.push(rowProblem(row, dateColumn, 'duplicate-date', text(m, 'duplicateDate'), 'warning'));
    }
    byDate.set(count.date, count);
  }
  const counts = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  return { rows: counts, ...splitProblems(problems) };
}
