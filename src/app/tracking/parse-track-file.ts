import type { Text } from '../../core/i18n/index.js';
import type { RowProblem } from '../../core/ingest/types.js';
import { createPeakTripCounter } from '../../core/track/count-peak-trips.js';
import { parseAvoidanceRegistrations } from '../../core/track/parse-avoidance-registrations.js';
import { parseDailyCounts } from '../../core/track/parse-daily-counts.js';
import { parseLogRow } from '../../core/track/parse-log-row.js';
import type { PeakWindows } from '../../core/track/peak-windows.js';
import { type RecordBag, addToBag, logRecordKey, secondsOfCell } from '../../core/track/record-bag.js';
import type { AvoidanceRegistration, DailyCount } from '../../core/track/types.js';
import type { TrackKind } from '../../adapters/store/tracking-types.js';
import type { TrackTable } from './read-track-table.js';

/** What one tracking file yields: counts or registrations, and what was left out and why. */
export interface ParsedTrackFile {
  counts: DailyCount[];
  registrations: AvoidanceRegistration[];
  /** A log's records per counted date (time and direction, no plates), to recognise them in a later file. */
  records: Map<string, RecordBag>;
  rowsRead: number;
  rowsUsed: number;
  problems: RowProblem[];
  /** File-level warnings and assumptions (gaps in a log, undirected events). */
  warnings: (string | Text)[];
  assumptions: (string | Text)[];
  skippedNonWorkingDays: number;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c === '');

/**
 * Reads the rows of an opened tracking file. A log streams through the peak-trip counter, so
 * plates live only in the counter's per-day sets; counts and registrations are small tables.
 */
export async function parseTrackFile(table: TrackTable, kind: TrackKind, windows: PeakWindows): Promise<ParsedTrackFile> {
  const c = table.columns;
  const headers = table.headers;
  const problems: RowProblem[] = [];
  let rowsRead = 0;
  if (kind === 'log') {
    const counter = createPeakTripCounter({ windows });
    const logColumns = { headers, ...pick(c, ['timestamp', 'date', 'time', 'direction', 'vehicleKey']) };
    let rowsUsed = 0;
    const records = new Map<string, RecordBag>();
    const timeColumn = c.timestamp ?? c.time;
    for await (const { cells, row } of table.rows) {
      if (isBlank(cells)) continue;
      rowsRead += 1;
      const parsed = parseLogRow(cells, logColumns, row);
      problems.push(...parsed.problems);
      if (parsed.event === null) continue;
      rowsUsed += 1;
      counter.add(parsed.event);
      const date = parsed.event.timestamp.slice(0, 10);
      const bag = records.get(date) ?? new Map<string, number>();
      records.set(date, bag);
      addToBag(bag, logRecordKey(parsed.event, timeColumn === undefined ? 0 : secondsOfCell(cells[timeColumn])));
    }
    const result = counter.finish();
    const counted = new Set(result.days.map((d) => d.date));
    for (const date of records.keys()) if (!counted.has(date)) records.delete(date);
    const base = { registrations: [], records, rowsRead, rowsUsed, problems, warnings: result.warnings, assumptions: result.assumptions };
    return { ...base, counts: result.days, skippedNonWorkingDays: result.skippedNonWorkingDays };
  }
  const rows: string[][] = [];
  for await (const { cells } of table.rows) rows.push(cells);
  rowsRead = rows.filter((r) => !isBlank(r)).length;
  const options = { firstRow: table.headerRow + 1 };
  const parsed = kind === 'counts'
    ? parseDailyCounts(rows, { headers, date: c.date!, morning: c.morning!, evening: c.evening! }, options)
    : parseAvoidanceRegistrations(rows, { headers, date: c.date!, ...pick(c, ['count', 'mode', 'reason']) }, options);
  problems.push(...parsed.errors, ...parsed.warnings);
  const skipped = parsed.warnings.filter((w) => w.code === 'non-working-day').length;
  const rowsUsed = rowsRead - new Set(parsed.errors.map((e) => e.row)).size - skipped;
  const counts = kind === 'counts' ? (parsed.rows as DailyCount[]) : [];
  const registrations = kind === 'registrations' ? (parsed.rows as AvoidanceRegistration[]) : [];
  return { counts, registrations, records: new Map(), rowsRead, rowsUsed, problems, warnings: [], assumptions: [], skippedNonWorkingDays: skipped };
}

/** The defined entries of `record` among `keys`, for exactOptionalPropertyTypes-proof objects. */
function pick<K extends string>(record: Partial<Record<string, number>>, keys: readonly K[]): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  return out;
}
