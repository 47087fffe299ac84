import type Database from 'better-sqlite3';
import type { DayRelation } from '../../core/track/compare-day-records.js';
import { type RecordBag, addToBag, bagMinus, decodeBag, encodeBag } from '../../core/track/record-bag.js';
import type { SourcedDailyCount } from '../../core/track/types.js';
import { type IncomingDay, createStoredDayReader, incomingDays, relationOf, splitRegistrationKey } from './track-import-days.js';
import type { SourcedRegistration, TrackImportOutcome, TrackImportRecord, TrackKind, TrackingStore } from './tracking-types.js';

interface ImportRow {
  id: number;
  company_id: string;
  kind: TrackKind;
  source: string;
  content_hash: string;
  file_name: string;
  imported_at: string;
  rows_used: number;
  rows_rejected: number;
  first_date: string | null;
  last_date: string | null;
  needs_reimport: number;
}

const toImport = (r: ImportRow): TrackImportRecord => ({
  id: r.id, companyId: r.company_id, kind: r.kind, source: r.source, contentHash: r.content_hash, fileName: r.file_name,
  importedAt: r.imported_at, rowsUsed: r.rows_used, rowsRejected: r.rows_rejected, firstDate: r.first_date, lastDate: r.last_date,
  needsReimport: r.needs_reimport === 1,
});

const RELATIONS: readonly DayRelation[] = ['new', 'same', 'contained', 'completes', 'apart', 'overlaps'];

/**
 * Imports with what each added per day. A file's day is compared with what its source holds:
 * what is new is added, what is there is skipped, overlapping days are refused, replaced or added
 * as the caller chose; the per-source days and registrations are the sums over the imports.
 */
export function createTrackingMeasurementStore(
  db: Database.Database,
  write: <T>(work: () => T) => T,
  now: () => Date,
  requireCompany: (id: string, field?: string) => unknown,
): Pick<TrackingStore, 'findImport' | 'saveImport' | 'imports' | 'removeImport' | 'dailyCounts' | 'registrations'> {
  const findImport = db.prepare<[string, string, string, string], ImportRow>(
    'SELECT * FROM track_imports WHERE company_id = ? AND kind = ? AND source = ? AND content_hash = ?',
  );
  const insertImport = db.prepare(
    `INSERT INTO track_imports (company_id, kind, source, content_hash, file_name, imported_at, rows_used, rows_rejected, first_date, last_date)
     VALUES (@companyId, @kind, @source, @contentHash, @fileName, @importedAt, @rowsUsed, @rowsRejected, @firstDate, @lastDate)`,
  );
  const reuseImport = db.prepare(
    `UPDATE track_imports SET needs_reimport = 0, first_date = min(coalesce(first_date, @first), @first), last_date = max(coalesce(last_date, @last), @last) WHERE id = @id`,
  );
  const storedDay = createStoredDayReader(db);
  const ownDay = db.prepare<[number, string], { morning: number; evening: number; records: string | null; replaced: number }>(
    'SELECT morning, evening, records, replaced FROM track_import_days WHERE import_id = ? AND date = ?',
  );
  const putDay = db.prepare(
    `INSERT INTO track_import_days (import_id, date, morning, evening, records, replaced) VALUES (@importId, @date, @morning, @evening, @records, @replaced)
     ON CONFLICT (import_id, date) DO UPDATE SET morning = excluded.morning, evening = excluded.evening, records = excluded.records, replaced = excluded.replaced`,
  );
  // Rows of one date, mode and reason add up: each is someone's own registration.
  const addRegistration = db.prepare(
    `INSERT INTO track_import_registrations (import_id, date, mode, reason, count, replaced) VALUES (@importId, @date, @mode, @reason, @count, @replaced)
     ON CONFLICT (import_id, date, mode, reason) DO UPDATE SET count = count + excluded.count, replaced = max(replaced, excluded.replaced)`,
  );
  const sourceImports = 'SELECT id FROM track_imports WHERE company_id = @companyId AND source = @source';
  const clearDays = db.prepare(`DELETE FROM track_import_days WHERE date = @date AND import_id IN (${sourceImports})`);
  const clearRegistrations = db.prepare(`DELETE FROM track_import_registrations WHERE date = @date AND import_id IN (${sourceImports})`);
  const deleteImport = db.prepare('DELETE FROM track_imports WHERE id = ?');
  const daysOf = db.prepare<{ id: number }, { days: number; replaced: number }>(
    `SELECT (SELECT count(*) FROM track_import_days WHERE import_id = @id) + (SELECT count(DISTINCT date) FROM track_import_registrations WHERE import_id = @id) AS days,
            (SELECT count(*) FROM track_import_days WHERE import_id = @id AND replaced = 1) + (SELECT count(*) FROM track_import_registrations WHERE import_id = @id AND replaced = 1) AS replaced`,
  );
  // Other imports of the same source whose dates overlap: a removed import that replaced days took theirs.
  const overlapped = db.prepare<{ companyId: string; source: string; id: number; registrations: number; first: string; last: string }, ImportRow>(
    `SELECT * FROM track_imports WHERE company_id = @companyId AND source = @source AND id != @id
       AND (kind = 'registrations') = (@registrations = 1) AND first_date <= @last AND last_date >= @first`,
  );
  const markReimport = db.prepare('UPDATE track_imports SET needs_reimport = 1 WHERE id = ?');
  const selectImport = db.prepare<[number], ImportRow>('SELECT * FROM track_imports WHERE id = ?');
  const selectImports = db.prepare<[string], ImportRow>('SELECT * FROM track_imports WHERE company_id = ? ORDER BY id');
  // A completing import adds the difference to what others hold, so a day is the sum over its imports.
  const selectCounts = db.prepare<[string], SourcedDailyCount>(
    `SELECT i.source, d.date, max(0, sum(d.morning)) AS morning, max(0, sum(d.evening)) AS evening
     FROM track_import_days d JOIN track_imports i ON i.id = d.import_id WHERE i.company_id = ? GROUP BY i.source, d.date ORDER BY d.date, i.source`,
  );
  const selectRegistrations = db.prepare<[string], { source: string; date: string; mode: string; reason: string; count: number }>(
    `SELECT i.source, r.date, r.mode, r.reason, sum(r.count) AS count FROM track_import_registrations r JOIN track_imports i ON i.id = r.import_id
     WHERE i.company_id = ? GROUP BY i.source, r.date, r.mode, r.reason ORDER BY r.date, i.source, r.mode, r.reason`,
  );

  /** Adds to the import's own row of the day (an import reused for the same file may have one). */
  function addDay(importId: number, date: string, morning: number, evening: number, bag: RecordBag | undefined, replaced: boolean): void {
    const own = ownDay.get(importId, date);
    const merged: RecordBag | undefined = bag === undefined || (own && own.records === null) ? undefined : new Map(own ? decodeBag(own.records!) : []);
    if (merged && bag) for (const [k, n] of bag) addToBag(merged, k, n);
    putDay.run({
      importId, date, morning: morning + (own?.morning ?? 0), evening: evening + (own?.evening ?? 0),
      records: merged === undefined ? null : encodeBag(merged), replaced: replaced || own?.replaced === 1 ? 1 : 0,
    });
  }

  function addRegistrations(importId: number, date: string, bag: RecordBag, replaced: boolean): void {
    for (const [key, count] of bag) {
      const [mode, reason] = splitRegistrationKey(key);
      addRegistration.run({ importId, date, mode, reason, count, replaced: replaced ? 1 : 0 });
    }
  }

  return {
    findImport: (companyId, kind, source, hash) => {
      const row = findImport.get(companyId, kind, source, hash);
      return row ? toImport(row) : undefined;
    },
    saveImport: (companyId, input, onOverlap = 'refuse') =>
      write((): TrackImportOutcome => {
        requireCompany(companyId, '--company');
        const previous = findImport.get(companyId, input.kind, input.source, input.contentHash);
        // A file imported again after a removal restores the days it lost, not days a later file replaced.
        const restoring = previous?.needs_reimport === 1;
        const planned = incomingDays(input).map((day) => {
          const stored = storedDay(companyId, input.kind, input.source, day.date);
          const relation = relationOf(input.kind, day, stored);
          return { day, stored, relation: restoring && relation === 'overlaps' ? 'contained' as const : relation };
        });
        const days = Object.fromEntries(RELATIONS.map((r) => [r, planned.filter((p) => p.relation === r).length])) as Record<DayRelation, number>;
        const overlapping = planned.filter((p) => p.relation === 'overlaps').map((p) => p.day.date);
        const base = { sameFile: previous !== undefined, days, overlapping, onOverlap };
        if (overlapping.length > 0 && onOverlap === 'refuse') return { ...base, record: undefined, refused: true, daysChanged: 0 };
        const changes = planned.filter((p) => !['same', 'contained'].includes(p.relation));
        if (changes.length === 0) {
          if (previous) reuseImport.run({ id: previous.id, first: previous.first_date, last: previous.last_date });
          const record = previous ? toImport(selectImport.get(previous.id)!) : undefined;
          return { ...base, record, refused: false, daysChanged: 0 };
        }
        const importId = previous?.id ?? Number(insertImport.run({
          companyId, kind: input.kind, source: input.source, contentHash: input.contentHash, fileName: input.fileName,
          importedAt: now().toISOString(), rowsUsed: input.rowsUsed, rowsRejected: input.rowsRejected,
          firstDate: input.firstDate, lastDate: input.lastDate,
        }).lastInsertRowid);
        if (previous) reuseImport.run({ id: importId, first: changes[0]!.day.date, last: changes.at(-1)!.day.date });
        for (const { day, stored, relation } of changes) apply(importId, day, stored, relation);
        return { ...base, record: toImport(selectImport.get(importId)!), refused: false, daysChanged: changes.length };

        function apply(id: number, day: IncomingDay, stored: ReturnType<typeof storedDay>, relation: DayRelation): void {
          const replace = relation === 'overlaps' && onOverlap === 'replace';
          if (replace) (input.kind === 'registrations' ? clearRegistrations : clearDays).run({ companyId, source: input.source, date: day.date });
          // A file with all that is there and more adds the difference; its records join the others'.
          const completes = relation === 'completes';
          if (input.kind === 'registrations') {
            addRegistrations(id, day.date, completes ? bagMinus(day.bag!, stored.bag!) : day.bag!, replace);
            return;
          }
          const [morning, evening] = completes ? [day.morning - stored.morning, day.evening - stored.evening] : [day.morning, day.evening];
          const bag = completes && day.bag && stored.bag ? bagMinus(day.bag, stored.bag) : day.bag;
          addDay(id, day.date, morning, evening, bag, replace);
        }
      }),
    imports: (companyId) => selectImports.all(companyId).map(toImport),
    removeImport: (companyId, importId) =>
      write(() => {
        const row = selectImport.get(importId);
        if (!row || row.company_id !== companyId) return undefined;
        const { days, replaced } = daysOf.get({ id: importId })!;
        const earlier = replaced === 0 || row.first_date === null || row.last_date === null ? [] : overlapped.all({
          companyId, source: row.source, id: importId, registrations: row.kind === 'registrations' ? 1 : 0, first: row.first_date, last: row.last_date,
        });
        for (const e of earlier) markReimport.run(e.id);
        deleteImport.run(importId); // what it added goes with it (ON DELETE CASCADE)
        return { removed: toImport(row), daysRemoved: days, toReimport: earlier.map((e) => toImport({ ...e, needs_reimport: 1 })) };
      }),
    dailyCounts: (companyId) => selectCounts.all(companyId),
    registrations: (companyId) =>
      selectRegistrations.all(companyId).map((r): SourcedRegistration => ({
        source: r.source, date: r.date, count: r.count,
        ...(r.mode !== '' && { mode: r.mode }),
        ...(r.reason !== '' && { reason: r.reason }),
      })),
  };
}
