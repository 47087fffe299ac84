/**
 * How a new file's records of one day relate to what the workspace holds for that day and
 * source. Decides whether a second file adds (another part of the day, other vehicles), completes
 * (it has everything that is there and more), changes nothing, or overlaps and must be resolved.
 */
import { type RecordBag, bagMinus, bagSize } from './record-bag.js';

/**
 * - new: nothing stored for the day; - same: exactly what is stored; - contained: part of it;
 * - completes: all of it and more; - apart: none of the same records; - overlaps: some of the
 * same records and some others, so adding would count records twice and replacing would lose some.
 */
export type DayRelation = 'new' | 'same' | 'contained' | 'completes' | 'apart' | 'overlaps';

/** How records are compared: logs by time, where two vehicles can share a second. */
export interface CompareOptions {
  /**
   * Logs: records in the time span both files cover that are mostly different are other
   * vehicles; the few keys they share are vehicles passing in the same second (keys are time and
   * direction only), not the same records. Registrations and counts: any shared key overlaps.
   * A log without seconds shares many more keys by chance, so such halves are refused: --add.
   */
  timeKeys?: boolean;
}

/** At most one in this many records of the common time span shared: other vehicles, not the same records. */
const SHARED_APART = 10;

/** Compares the incoming bag of a day with the stored one (undefined or empty: nothing stored). */
export function compareDayRecords(incoming: RecordBag, stored: RecordBag | undefined, options: CompareOptions = {}): DayRelation {
  if (stored === undefined || bagSize(stored) === 0) return 'new';
  const beyondStored = bagSize(bagMinus(incoming, stored));
  const beyondIncoming = bagSize(bagMinus(stored, incoming));
  if (beyondStored === 0) return beyondIncoming === 0 ? 'same' : 'contained';
  if (beyondIncoming === 0) return 'completes';
  const shared = bagSize(incoming) - beyondStored;
  if (shared === 0) return 'apart';
  if (options.timeKeys !== true) return 'overlaps';
  const [from, to] = commonSpan(incoming, stored);
  const inSpan = (bag: RecordBag) => bagSize(new Map([...bag].filter(([k]) => k.slice(0, 6) >= from && k.slice(0, 6) <= to)));
  // A re-export of the same hours shares (nearly) all records there; other vehicles passing in the
  // same second are rare (in the example log 18 of 5,500 events share a second and direction).
  return shared * SHARED_APART <= Math.min(inSpan(incoming), inSpan(stored)) ? 'apart' : 'overlaps';
}

/** The time span ('HHMMSS') both bags cover. */
function commonSpan(a: RecordBag, b: RecordBag): [string, string] {
  const times = (bag: RecordBag) => [...bag.keys()].map((k) => k.slice(0, 6)).sort();
  const [ta, tb] = [times(a), times(b)];
  const from = ta[0]! > tb[0]! ? ta[0]! : tb[0]!;
  const to = ta.at(-1)! < tb.at(-1)! ? ta.at(-1)! : tb.at(-1)!;
  return [from, to];
}
