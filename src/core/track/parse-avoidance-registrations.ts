/**
 * Registrations of avoided peak car trips (an app export, a survey): date, count, optionally
 * mode and reason. Rows on the same date add up, since each is someone's own registration.
 */
import { text as deferred, type Text } from '../i18n/index.js';
import { trackRowMessages as m } from './track-row-messages.js';
import type { RowProblem } from '../ingest/types.js';
import { parseCountCell } from './parse-count-cell.js';
import { type Cell, parseDateCell } from './parse-date-time.js';
import { type ParsedRows, columnName, rowProblem, splitProblems } from './row-problem.js';
import type { AvoidanceRegistration } from './types.js';
import { type WorkingDayOptions, isWorkingDay } from './working-days.js';

/** Column indexes (0-based); `count` may be absent when every row is one avoided trip. */
export interface RegistrationColumns {
  date: number;
  count?: number;
  mode?: number;
  reason?: number;
  headers?: readonly string[];
}

const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell).trim());

/** One row to a registration, or null with the problems; a blank row gives null and none. */
export function parseAvoidanceRow(
  cells: readonly Cell[],
  columns: RegistrationColumns,
  row: number,
): { registration: AvoidanceRegistration | null; problems: RowProblem[] } {
  if (cells.every((c) => text(c) === '')) return { registration: null, problems: [] };
  const error = (index: number, code: string, reason: Text) =>
    rowProblem(row, columnName(columns.headers, index), code, reason, 'error');
  const problems: RowProblem[] = [];
  const date = parseDateCell(cells[columns.date]);
  if (date === null) problems.push(error(columns.date, 'invalid-date', deferred(m, 'invalidDate')));
  const count = columns.count === undefined ? 1 : parseCountCell(cells[columns.count]);
  if (count === null && columns.count !== undefined) {
    problems.push(error(columns.count, 'invalid-count', deferred(m, 'invalidCount')));
  }
  if (date === null || count === null) return { registration: null, problems };
  const registration: AvoidanceRegistration = { date, count };
  const mode = columns.mode === undefined ? '' : text(cells[columns.mode]);
  if (mode !== '') registration.mode = mode;
  const reason = columns.reason === undefined ? '' : text(cells[columns.reason]);
  if (reason !== '') registration.reason = reason;
  return { registration, problems };
}

/** All rows; registrations on weekends and holidays are left out with a warning. */
export function parseAvoidanceRegistrations(
  rows: Iterable<readonly Cell[]>,
  columns: RegistrationColumns,
  options: { firstRow?: number; workingDays?: WorkingDayOptions } = {},
): ParsedRows<AvoidanceRegistration> {
  const registrations: AvoidanceRegistration[] = [];
  const problems: RowProblem[] = [];
  let row = (options.firstRow ?? 2) - 1; // row 1 is the header line
  for (const cells of rows) {
    row += 1;
    const parsed = parseAvoidanceRow(cells, columns, row);
    problems.push(...parsed.problems);
    const registration = parsed.registration;
    if (!registration) continue;
    if (!isWorkingDay(registration.date, options.workingDays)) {
      const column = columnName(columns.headers, columns.date);
      problems.push(rowProblem(row, column, 'non-working-day', deferred(m, 'nonWorkingDay'), 'warning'));
      continue;
    }
    registrations.push(registration);
  }
  return { rows: registrations, ...splitProblems(problems) };
}
