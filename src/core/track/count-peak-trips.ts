/**
 * Parking or barrier log -> peak car trips per working day. A car arriving in the morning
 * window is a morning peak trip, a car leaving in the evening window an evening peak trip
 * (docs/method.md). Vehicle keys are held only while their day is being counted.
 */
import { text, type Text } from '../i18n/index.js';
import { trackCheckMessages as m } from './track-check-messages.js';
import { isIsoDate, noonUtc } from './calendar-date.js';
import { DEFAULT_PEAK_WINDOWS, type PeakWindows, inWindow } from './peak-windows.js';
import type { DailyCount, LogEvent } from './types.js';
import { type WorkingDayOptions, isWorkingDay, workingDaysBetween } from './working-days.js';

/** How to count. */
export interface PeakTripOptions {
  windows?: PeakWindows;
  workingDays?: WorkingDayOptions;
}

/** Peak trips per working day, plus what was left out and assumed. */
export interface PeakTripResult {
  /** Working days with at least one event, in date order. */
  days: DailyCount[];
  /** Distinct weekend or holiday dates that had events; left out. */
  skippedNonWorkingDays: number;
  warnings: Text[];
  assumptions: Text[];
}

/** A counter fed one event at a time, so the CLI can stream a large log. */
export interface PeakTripCounter {
  add(event: LogEvent): void;
  finish(): PeakTripResult;
}

const NOON_MIN = 12 * 60; // logs without a direction: before noon an entry, after noon an exit
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

/** Start counting; feed events in time order for the best de-duplication. */
export function createPeakTripCounter(options: PeakTripOptions = {}): PeakTripCounter {
  const windows = options.windows ?? DEFAULT_PEAK_WINDOWS;
  const counts = new Map<string, DailyCount>();
  const skipped = new Set<string>();
  let open: { date: string; morning: Set<string>; evening: Set<string> } | null = null;
  const revisited = new Set<string>();
  let [invalid, undirected, keyed] = [0, 0, 0];

  function add(event: LogEvent): void {
    const m = TIMESTAMP.exec(event.timestamp);
    const date = m?.[1];
    if (!m || date === undefined || !isIsoDate(date) || Number(m[2]) > 23 || Number(m[3]) > 59) {
      invalid += 1;
      return;
    }
    if (!isWorkingDay(date, options.workingDays)) {
      skipped.add(date);
      return;
    }
    if (open?.date !== date) {
      // Forget the previous day's vehicles: keys never outlive the day they were counted on.
      if (counts.has(date)) revisited.add(date);
      open = { date, morning: new Set(), evening: new Set() };
    }
    const day = counts.get(date) ?? { date, morning: 0, evening: 0 };
    counts.set(date, day);
    const minutes = Number(m[2]) * 60 + Number(m[3]);
    if (event.direction === undefined) undirected += 1;
    const direction = event.direction ?? (minutes < NOON_MIN ? 'in' : 'out');
    const window = direction === 'in' ? 'morning' : 'evening';
    if (!inWindow(minutes, windows[window])) return;
    if (event.vehicleKey !== undefined) {
      keyed += 1;
      if (open[window].has(event.vehicleKey)) return;
      open[window].add(event.vehicleKey);
    }
    day[window] += 1;
  }

  function finish(): PeakTripResult {
    open = null;
    const days = [...counts.values()].sort((a, b) => a.date.localeCompare(b.date));
    const warnings: Text[] = [];
    const assumptions: Text[] = [];
    if (invalid > 0) warnings.push(text(m, 'invalidEvents', { n: invalid }));
    if (revisited.size > 0) {
      warnings.push(text(m, 'notInTimeOrder', { n: revisited.size }));
    }
    const first = days[0]?.date;
    const last = days.at(-1)?.date;
    if (first !== undefined && last !== undefined) {
      const gaps = workingDaysBetween(first, last, options.workingDays).filter((d) => !counts.has(d));
      if (gaps.length > 0) {
        warnings.push(text(m, 'gapDays', { n: gaps.length, from: noonUtc(first), to: noonUtc(last) }));
      }
    }
    if (undirected > 0) {
      assumptions.push(text(m, 'undirected', { n: undirected }));
    }
    if (keyed > 0) assumptions.push(text(m, 'oncePerWindow'));
    return { days, skippedNonWorkingDays: skipped.size, warnings, assumptions };
  }

  return { add, finish };
}

/** Count peak trips from an array or any iterable of events. */
export function countPeakTrips(events: Iterable<LogEvent>, options: PeakTripOptions = {}): PeakTripResult {
  const counter = createPeakTripCounter(options);
  for (const event of events) counter.add(event);
  return counter.finish();
}

/** Count peak trips from an async stream of events (a CSV parser's output). */
export async function countPeakTripsAsync(
  events: AsyncIterable<LogEvent>,
  options: PeakTripOptions = {},
): Promise<PeakTripResult> {
  const counter = createPeakTripCounter(options);
  for await (const event of events) counter.add(event);
  return counter.finish();
}
