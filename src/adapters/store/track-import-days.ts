import type Database from 'better-sqlite3';
import { type DayRelation, compareDayRecords } from '../../core/track/compare-day-records.js';
import { type RecordBag, addToBag, decodeBag } from '../../core/track/record-bag.js';
import type { TrackImportInput, TrackKind } from './tracking-types.js';

/** One day of a file as the store compares it: its counts or registrations, and its records. */
export interface IncomingDay {
  date: string;
  morning: number;
  evening: number;
  /** Undefined when the records are not known (a log handed in without them). */
  bag: RecordBag | undefined;
}

/** What the workspace holds for one source and day, summed over the imports that added to it. */
export interface StoredDay {
  morning: number;
  evening: number;
  /** Undefined when some of it was imported before records were kept, or by another kind of file. */
  bag: RecordBag | undefined;
  importIds: number[];
}

const SEP = '\u0001';
/** A registration's bag key: its mode and reason; the count is how many. */
export const registrationKey = (mode: string | undefined, reason: string | undefined): string => `${mode ?? ''}${SEP}${reason ?? ''}`;
/** The mode and reason back from a registration key. */
export const splitRegistrationKey = (key: string): [string, string] => key.split(SEP) as [string, string];
/** A counts file has one record per day: its two numbers. */
const countsBag = (morning: number, evening: number): RecordBag => new Map([[`${morning}|${evening}`, 1]]);

/** The days of an import input with their bags, in date order. */
export function incomingDays(input: TrackImportInput): IncomingDay[] {
  if ('registrations' in input) {
    const byDate = new Map<string, RecordBag>();
    for (const r of input.registrations) {
      const bag = byDate.get(r.date) ?? new Map<string, number>();
      addToBag(bag, registrationKey(r.mode, r.reason), r.count);
      byDate.set(r.date, bag);
    }
    return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, bag]) => ({ date, morning: 0, evening: 0, bag }));
  }
  return [...input.counts].sort((a, b) => a.date.localeCompare(b.date)).map((c) => ({
    date: c.date, morning: c.morning, evening: c.evening,
    bag: input.kind === 'counts' ? countsBag(c.morning, c.evening) : input.records?.get(c.date),
  }));
}

/** Reads what a company's source holds on a day, for counts and logs or for registrations. */
export function createStoredDayReader(db: Database.Database) {
  const days = db.prepare<[string, string, string], { import_id: number; kind: TrackKind; morning: number; evening: number; records: string | null }>(
    `SELECT d.import_id, i.kind, d.morning, d.evening, d.records FROM track_import_days d JOIN track_imports i ON i.id = d.import_id
     WHERE i.company_id = ? AND i.source = ? AND d.date = ?`,
  );
  const registrations = db.prepare<[string, string, string], { import_id: number; mode: string; reason: string; count: number }>(
    `SELECT r.import_id, r.mode, r.reason, r.count FROM track_import_registrations r JOIN track_imports i ON i.id = r.import_id
     WHERE i.company_id = ? AND i.source = ? AND r.date = ?`,
  );
  return (companyId: string, kind: TrackKind, source: string, date: string): StoredDay => {
    if (kind === 'registrations') {
      const rows = registrations.all(companyId, source, date);
      const bag: RecordBag = new Map();
      for (const r of rows) addToBag(bag, registrationKey(r.mode, r.reason), r.count);
      return { morning: 0, evening: 0, bag, importIds: [...new Set(rows.map((r) => r.import_id))] };
    }
    const rows = days.all(companyId, source, date);
    const morning = rows.reduce((s, r) => s + r.morning, 0);
    const evening = rows.reduce((s, r) => s + r.evening, 0);
    const importIds = [...new Set(rows.map((r) => r.import_id))];
    if (rows.length === 0) return { morning, evening, bag: new Map(), importIds };
    if (kind === 'counts') return { morning, evening, bag: rows.every((r) => r.kind === 'counts') ? countsBag(morning, evening) : undefined, importIds };
    if (rows.some((r) => r.records === null || r.kind !== 'log')) return { morning, evening, bag: undefined, importIds };
    const bag: RecordBag = new Map();
    for (const r of rows) for (const [k, n] of decodeBag(r.records!)) addToBag(bag, k, n);
    return { morning, evening, bag, importIds };
  };
}

/** How a day of the file relates to what is stored; without records on either side, by its numbers. */
export function relationOf(kind: TrackKind, day: IncomingDay, stored: StoredDay): DayRelation {
  if (stored.importIds.length === 0) return 'new';
  if (day.bag === undefined || stored.bag === undefined) {
    return day.morning === stored.morning && day.evening === stored.evening ? 'same' : 'overlaps';
  }
  const relation = compareDayRecords(day.bag, stored.bag, { timeKeys: kind === 'log' });
  // Two different counts for one day cannot both be the day's count.
  return kind === 'counts' && relation === 'apart' ? 'overlaps' : relation;
}
