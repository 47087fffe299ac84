/**
 * One row of a parking or barrier log to a LogEvent: a date-time in one column or a date and a
 * time in two, optionally a direction and a licence plate or badge number.
 */
import { text, type Text } from '../i18n/index.js';
import { trackRowMessages as m } from './track-row-messages.js';
import type { RowProblem } from '../ingest/types.js';
import { type Cell, parseDateCell, parseDateTimeCell, parseTimeCell } from './parse-date-time.js';
import { parseDirection } from './parse-direction.js';
import { columnName, rowProblem } from './row-problem.js';
import type { LogEvent } from './types.js';

/** Which column (0-based index) holds what; `timestamp`, or `date` and `time`, is required. */
export interface LogColumns {
  timestamp?: number;
  date?: number;
  time?: number;
  direction?: number;
  vehicleKey?: number;
  /** Header texts, so problems can name the column. */
  headers?: readonly string[];
}

/** The event of one row (null when it is rejected or blank) and the row's problems. */
export interface ParsedLogRow {
  event: LogEvent | null;
  problems: RowProblem[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const isBlank = (cell: Cell) => cell === null || cell === undefined || String(cell).trim() === '';

/** Plates are written 'AB-12-CD', 'ab 12 cd' or 'AB12CD'; one key per vehicle. */
function vehicleKeyOf(cell: Cell): string | undefined {
  const key = String(cell ?? '').replace(/[\s-]/g, '').toUpperCase();
  return key === '' ? undefined : key;
}

type Fail = (index: number | undefined, code: string, reason: Text) => RowProblem;

/** The row's date and minutes, or the problem that stops it. */
function whenOf(cells: readonly Cell[], columns: LogColumns, fail: Fail): { date: string; minutes: number } | RowProblem {
  if (columns.timestamp !== undefined) {
    const when = parseDateTimeCell(cells[columns.timestamp]);
    return when ?? fail(columns.timestamp, 'invalid-timestamp', text(m, 'invalidTimestamp'));
  }
  if (columns.date === undefined || columns.time === undefined) {
    return fail(undefined, 'no-time-column', text(m, 'noTimeColumn'));
  }
  const date = parseDateCell(cells[columns.date]);
  if (date === null) return fail(columns.date, 'invalid-date', text(m, 'invalidDate'));
  const minutes = parseTimeCell(cells[columns.time]);
  if (minutes === null) return fail(columns.time, 'invalid-time', text(m, 'invalidTime'));
  return { date, minutes };
}

/** Parse one log row; `row` is the 1-based row number in the file, for messages. */
export function parseLogRow(cells: readonly Cell[], columns: LogColumns, row: number): ParsedLogRow {
  if (cells.every(isBlank)) return { event: null, problems: [] };
  const problem = (index: number | undefined, code: string, reason: Text, severity: 'error' | 'warning') =>
    rowProblem(row, columnName(columns.headers, index), code, reason, severity);

  const when = whenOf(cells, columns, (index, code, reason) => problem(index, code, reason, 'error'));
  if ('severity' in when) return { event: null, problems: [when] };

  const event: LogEvent = {
    timestamp: `${when.date}T${pad(Math.floor(when.minutes / 60))}:${pad(when.minutes % 60)}`,
  };
  const problems: RowProblem[] = [];
  if (columns.direction !== undefined && !isBlank(cells[columns.direction])) {
    const direction = parseDirection(String(cells[columns.direction]));
    if (direction) event.direction = direction;
    else {
      problems.push(problem(columns.direction, 'unknown-direction', text(m, 'unknownDirection'), 'warning'));
    }
  }
  if (columns.vehicleKey !== undefined) {
    const key = vehicleKeyOf(cells[columns.vehicleKey]);
    if (key !== undefined) event.vehicleKey = key;
  }
  return { event, problems };
}
