import type { Employee } from '../ingest/types.js';
import { clockMinutes } from '../settings/clock-minutes.js';
import type { ScanSettingValues } from '../settings/scan-settings-schema.js';

/** How many of an employee's two daily trips fall in each peak window, and what that rests on. */
export interface PeakTripShares {
  /** 0..2; fractional when assumed. */
  morning: number;
  evening: number;
  basis: 'startTime' | 'shift' | 'assumption';
}

const DAY = 24 * 60;
const parsed = new WeakMap<object, [number, number, number, number]>();

/** The windows in minutes, parsed once per settings object (this runs for every employee). */
function windowsOf(peak: ScanSettingValues['peak']): [number, number, number, number] {
  let w = parsed.get(peak);
  if (!w) {
    w = [clockMinutes(peak.morning.start), clockMinutes(peak.morning.end), clockMinutes(peak.evening.start), clockMinutes(peak.evening.end)];
    parsed.set(peak, w);
  }
  return w;
}

/** True when trip [from, to] (minutes, may cross midnight) overlaps window (start, end); touching an edge is outside. */
function overlaps(from: number, to: number, start: number, end: number): boolean {
  return (from < end && to > start) || (from - DAY < end && to - DAY > start) || (from + DAY < end && to + DAY > start);
}

/** The start time in minutes after midnight: given, or from the shift table (case-insensitive); else undefined. */
export function startMinutesOf(e: Pick<Employee, 'startMinutes' | 'shift'>, peak: ScanSettingValues['peak']): number | undefined {
  if (e.startMinutes !== undefined) return e.startMinutes;
  const hhmm = e.shift === undefined ? undefined : peak.shiftStarts[e.shift.trim().toLowerCase()];
  return hhmm === undefined ? undefined : clockMinutes(hhmm);
}

/**
 * Classifies the trips of a working day against the peak windows (docs/method.md, Peak trips). With a start
 * time (given, or from the shift table) the trip to work runs [start - travel, start] and the
 * trip home [start + workday, + travel]; each counts in every window it touches, so a night
 * shift's trip home can fall in the morning peak. Without either, the stated assumption applies.
 */
export function peakTripShares(
  e: Pick<Employee, 'startMinutes' | 'shift'>,
  travelMinutes: number,
  peak: ScanSettingValues['peak'],
): PeakTripShares {
  const start = startMinutesOf(e, peak);
  const basis: PeakTripShares['basis'] = e.startMinutes !== undefined ? 'startTime' : 'shift';
  if (start === undefined) return { morning: peak.assumedShareWithoutStartTime.morning, evening: peak.assumedShareWithoutStartTime.evening, basis: 'assumption' };
  const end = start + peak.workdayHours * 60;
  const w = windowsOf(peak);
  const count = (from: number, to: number): number =>
    (overlaps(start - travelMinutes, start, from, to) ? 1 : 0) + (overlaps(end, end + travelMinutes, from, to) ? 1 : 0);
  return { morning: count(w[0], w[1]), evening: count(w[2], w[3]), basis };
}
