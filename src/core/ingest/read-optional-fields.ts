import type { Allowance, ColumnRole, Employee, Fuel, IngestSettings, Mode } from './types.js';
import { parseAllowance } from './parse-allowance.js';
import { parseFte, type FteKind } from './parse-fte.js';
import { parseFuel } from './parse-fuel.js';
import { parseHomeworkDays } from './parse-homework-days.js';
import { parseMode } from './parse-mode.js';
import { parseTime } from './parse-time.js';
import { parseWorkdays } from './parse-workdays.js';
import { parseYesNo } from './parse-yes-no.js';
import type { Parsed } from './parsed.js';
import { memoiseCell } from './memoise-cell.js';
import { text, type Text } from '../i18n/index.js';
import { rowProblemMessages as m, type RowProblemKey } from './row-problem-messages.js';

/** Column index per role (-1 when absent) and the parser of each optional column, decided once per file. */
export type ColumnPlan = Record<ColumnRole, number> & {
  parseFteCell: (raw: string) => Parsed<number>;
  parseHoursCell: (raw: string) => Parsed<number>;
  parseWorkdaysCell: (raw: string) => Parsed<number>;
  parseHomeworkCell: (raw: string) => Parsed<number>;
  parseModeCell: (raw: string) => Parsed<Mode>;
  parseLeaseCarCell: (raw: string) => Parsed<boolean>;
  parseFuelCell: (raw: string) => Parsed<Fuel>;
  parseAllowanceCell: (raw: string) => Parsed<Allowance>;
  parseStartCell: (raw: string) => Parsed<number>;
  /** The start of a shift written as a time range ("07:00-15:30"), else undefined. */
  startOfShift: (shift: string) => number | undefined;
};

/**
 * Builds the plan from role indexes; `fteKind` says how the FTE column states working time.
 * The parsers are memoised per column (memoise-cell.ts): these columns repeat a few values.
 */
export function planColumns(roles: Record<ColumnRole, number>, fteKind: FteKind, settings: IngestSettings): ColumnPlan {
  return {
    ...roles,
    parseFteCell: memoiseCell((raw) => parseFte(raw, fteKind, settings)),
    parseHoursCell: memoiseCell((raw) => parseFte(raw, 'hours', settings)),
    parseWorkdaysCell: memoiseCell(parseWorkdays),
    parseHomeworkCell: memoiseCell(parseHomeworkDays),
    parseModeCell: memoiseCell(parseMode),
    parseLeaseCarCell: memoiseCell(parseYesNo),
    parseFuelCell: memoiseCell(parseFuel),
    parseAllowanceCell: memoiseCell(parseAllowance),
    parseStartCell: memoiseCell(parseStart),
    startOfShift: memoiseCell(startOfShift),
  };
}

/** Reports a dropped value: code, column index, reason. */
export type Warn = (code: string, index: number, reason: Text) => void;

type OptionalFields = Pick<Employee, 'fte' | 'workdaysPerWeek' | 'homeworkDaysPerWeek' | 'mode' | 'leaseCar' | 'fuel' | 'allowance' | 'startMinutes' | 'shift'>;

const QUOTE_LENGTH = 24; // enough to recognise a typo, too short to carry a paragraph
const TIME_RANGE = /^\s*(\d{1,2}[:.]\d{2})\s*(?:-|\u2013|tot|to)\s*\d{1,2}[:.]\d{2}/i;
const FULL_WEEK_DAYS = 5; // docs/method.md: workdays derived as FTE x 5, rounded

/** The cell at index, trimmed; '' for a missing column. */
export function cellAt(cells: readonly string[], index: number): string {
  return index < 0 ? '' : (cells[index] ?? '').trim();
}

/** Numbers, times and dates with at most a short unit ("12,5 km", "07:30", "80%"): no room for a name. */
const NUMBER_LIKE = /^[\d\s.,:;/%+\-]*[a-z]{0,3}$/i;

/**
 * A rejected value for a message, only when it cannot be personal: a number, time or date with at
 * most a short unit. Anything with words in it may be a name in the wrong column and is not
 * shown; the message then names row, column and the kind of problem only.
 */
export function quote(value: string): string | Text {
  return isNumberLike(value) ? JSON.stringify(value) : text(m, 'valueNotShown');
}

/** True for a short number, time or date with at most a short unit: a value that cannot name anyone. */
export function isNumberLike(value: string): boolean {
  return value.length <= QUOTE_LENGTH && NUMBER_LIKE.test(value);
}

/** Parses an optional cell: undefined when empty or invalid (then warned about). */
function read<T>(cells: readonly string[], index: number, parse: (raw: string) => Parsed<T>, code: string, field: RowProblemKey, warn: Warn): T | undefined {
  const raw = cellAt(cells, index);
  if (raw === '') return undefined;
  const parsed = parse(raw);
  if (parsed.ok) return parsed.value;
  warn(code, index, text(m, 'value', { field: text(m, field), value: quote(raw), reason: parsed.reason }));
  return undefined;
}

function parseStart(raw: string): Parsed<number> {
  const parsed = parseTime(raw);
  const range = parsed.ok ? undefined : TIME_RANGE.exec(raw);
  return range?.[1] ? parseTime(range[1]) : parsed;
}

function startOfShift(shift: string): number | undefined {
  const range = TIME_RANGE.exec(shift);
  const parsed = range?.[1] ? parseTime(range[1]) : undefined;
  return parsed?.ok ? parsed.value : undefined;
}

/**
 * Reads the optional, non-personal fields of one row. An invalid value is warned about and left
 * undefined; the row is kept. Workdays come from FTE x 5 when the export has no workdays column.
 */
export function readOptionalFields(cells: readonly string[], plan: ColumnPlan, warn: Warn): OptionalFields {
  let fte = read(cells, plan.fte, plan.parseFteCell, 'invalid-fte', 'field_fte', warn);
  fte ??= read(cells, plan.hoursPerWeek, plan.parseHoursCell, 'invalid-hours', 'field_hours', warn);
  let workdaysPerWeek = read(cells, plan.workdaysPerWeek, plan.parseWorkdaysCell, 'invalid-workdays', 'field_workdays', warn);
  if (workdaysPerWeek === undefined && fte !== undefined) {
    workdaysPerWeek = Math.min(FULL_WEEK_DAYS, Math.max(1, Math.round(fte * FULL_WEEK_DAYS)));
  }
  let homeworkDaysPerWeek = read(cells, plan.homeworkDaysPerWeek, plan.parseHomeworkCell, 'invalid-homework-days', 'field_homework', warn);
  if (homeworkDaysPerWeek !== undefined && workdaysPerWeek !== undefined && homeworkDaysPerWeek > workdaysPerWeek) {
    warn('invalid-homework-days', plan.homeworkDaysPerWeek, text(m, 'homeworkExceedsWorkdays', { homework: homeworkDaysPerWeek, workdays: workdaysPerWeek }));
    homeworkDaysPerWeek = undefined;
  }
  const mode: Mode = read(cells, plan.mode, plan.parseModeCell, 'invalid-mode', 'field_mode', warn) ?? 'onbekend';
  const leaseCar = read(cells, plan.leaseCar, plan.parseLeaseCarCell, 'invalid-lease-car', 'field_leaseCar', warn);
  const fuel: Fuel | undefined = read(cells, plan.fuel, plan.parseFuelCell, 'invalid-fuel', 'field_fuel', warn);
  const allowance: Allowance | undefined = read(cells, plan.allowance, plan.parseAllowanceCell, 'invalid-allowance', 'field_allowance', warn);
  const shift = cellAt(cells, plan.shift) || undefined;
  let startMinutes = read(cells, plan.startTime, plan.parseStartCell, 'invalid-time', 'field_start', warn);
  // A shift written as "07:00-15:30" says when the trip starts, even without a start column.
  if (startMinutes === undefined && shift !== undefined && plan.startTime < 0) startMinutes = plan.startOfShift(shift);
  return { fte, workdaysPerWeek, homeworkDaysPerWeek, mode, leaseCar, fuel, allowance, startMinutes, shift };
}
