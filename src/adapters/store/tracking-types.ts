/**
 * What the workspace keeps for tracking (issue 5): aggregates only. Daily counts and avoided-trip
 * registrations per date, baselines, headcounts, CO2 per year and the measures members took.
 */
import type { PeakBaseline } from '../../core/track/peak-avoidances.js';
import type { DayRelation } from '../../core/track/compare-day-records.js';
import type { RecordBag } from '../../core/track/record-bag.js';
import type { AvoidanceRegistration, SourcedDailyCount } from '../../core/track/types.js';

/** The three forms measurements arrive in. */
export const TRACK_KINDS = ['log', 'counts', 'registrations'] as const;
export type TrackKind = (typeof TRACK_KINDS)[number];

/** One imported file, remembered by its content hash so a second import changes nothing. */
export interface TrackImportRecord {
  id: number;
  companyId: string;
  kind: TrackKind;
  source: string;
  contentHash: string;
  /** The file's base name, for the user's memory; never its rows. */
  fileName: string;
  importedAt: string;
  rowsUsed: number;
  rowsRejected: number;
  firstDate: string | null;
  lastDate: string | null;
  /** True when a removed import had replaced some of its days: importing the file again restores them. */
  needsReimport: boolean;
}

/** What removing an import took away, and which earlier imports lost days to it. */
export interface TrackImportRemoval {
  removed: TrackImportRecord;
  /** Days of counts or registrations removed with it. */
  daysRemoved: number;
  /** Earlier imports of the same source whose days it had replaced (--replace): import those files again to get them back. */
  toReimport: TrackImportRecord[];
}

/**
 * What an import brings in: daily counts (log, counts) or registrations. A log also hands in its
 * records per date (time and direction, no plates), so a later file can be compared with them.
 */
export type TrackImportInput = Omit<TrackImportRecord, 'id' | 'importedAt' | 'companyId' | 'needsReimport'> &
  ({ counts: readonly SourcedDailyCount[]; records?: ReadonlyMap<string, RecordBag> } | { registrations: readonly AvoidanceRegistration[] });

/** What to do with days where a new file overlaps what is stored: stop, replace those days, or add anyway. */
export type OverlapChoice = 'refuse' | 'replace' | 'add';

/** What saving an import did, day by day. */
export interface TrackImportOutcome {
  /** The import that holds what was added (the earlier one for the same file); undefined when nothing was added or it was refused. */
  record: TrackImportRecord | undefined;
  /** True when this very file (same content) had been imported before. */
  sameFile: boolean;
  /** True when overlapping days stopped it (choice 'refuse'): nothing was changed. */
  refused: boolean;
  /** Days of the file by how they relate to what was stored. */
  days: Record<DayRelation, number>;
  /** The overlapping dates, in order. */
  overlapping: string[];
  /** Days on which something was added or replaced. */
  daysChanged: number;
  /** What was done with overlapping days. */
  onOverlap: OverlapChoice;
}

/** A registration as stored: with the source it came from. */
export interface SourcedRegistration extends AvoidanceRegistration {
  source: string;
}

/** A baseline as stored, with an optional headcount of the baseline period. */
export type StoredBaseline = PeakBaseline & {
  headcount: number | null;
  workingDays: number | null;
  daysWithData: number | null;
  setAt: string;
};

/** A headcount valid from a date until the next one. */
export interface HeadcountEntry {
  fromDate: string;
  headcount: number;
}

/** CO2 of one year computed from typed km per mode. */
export interface Co2YearRecord {
  year: number;
  co2Kg: number;
  basis: 'wtw' | 'ttw';
  km: { mode: string; fuel?: string; km: number }[];
  setAt: string;
}

/** A measure a member took, from the advice catalogue (its id) or free text. */
export interface MeasureRecord {
  id: number;
  companyId: string;
  measure: string;
  startDate: string;
  note: string | null;
  addedAt: string;
}

/** The tracking part of the Workspace. */
export interface TrackingStore {
  /** The earlier import of the same content, kind and source, if any. */
  findImport(companyId: string, kind: TrackKind, source: string, contentHash: string): TrackImportRecord | undefined;
  /**
   * Stores what a file adds to the same source's days, in one transaction: new days and days of
   * other records are added, a file with more of the same records completes them, records already
   * there are skipped (the same file twice changes nothing); overlapping days follow `onOverlap`.
   */
  saveImport(companyId: string, input: TrackImportInput, onOverlap?: OverlapChoice): TrackImportOutcome;
  imports(companyId: string): TrackImportRecord[];
  /** Removes one import with the days it brought in; undefined when the company has no such import. */
  removeImport(companyId: string, importId: number): TrackImportRemoval | undefined;
  dailyCounts(companyId: string): SourcedDailyCount[];
  registrations(companyId: string): SourcedRegistration[];
  setBaseline(companyId: string, baseline: PeakBaseline, extra: { headcount: number | null; workingDays?: number; daysWithData?: number }): StoredBaseline;
  baseline(companyId: string): StoredBaseline | undefined;
  /** Removes the baseline; false when there was none. */
  removeBaseline(companyId: string): boolean;
  setHeadcount(companyId: string, entry: HeadcountEntry): void;
  headcounts(companyId: string): HeadcountEntry[];
  setCo2Year(companyId: string, record: Omit<Co2YearRecord, 'setAt'>): Co2YearRecord;
  co2Years(companyId: string): Co2YearRecord[];
}

/** The measures part of the Workspace. */
export interface MeasureStore {
  /** Records a measure; `created` is false when the same measure with the same start was there. */
  add(input: Omit<MeasureRecord, 'id' | 'addedAt'>): { record: MeasureRecord; created: boolean };
  list(companyId: string): MeasureRecord[];
  /** Removes one measure by its id; undefined when the company has no such measure. */
  remove(companyId: string, id: number): MeasureRecord | undefined;
}
