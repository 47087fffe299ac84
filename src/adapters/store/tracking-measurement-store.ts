import type Database from 'better-sqlite3';
import type { SourcedDailyCount } from '../../core/track/types.js';
import type { SourcedRegistration, TrackImportRecord, TrackKind, TrackingStore } from './tracking-types.js';

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
  id: r.id,
  companyId: r.company_id,
  kind: r.kind,
  source: r.source,
  contentHash: r.content_hash,
  fileName: r.file_name,
  importedAt: r.imported_at,
  rowsUsed: r.rows_used,
  rowsRejected: r.rows_rejected,
  firstDate: r.first_date,
  lastDate: r.last_date,
  needsReimport: r.needs_reimport === 1,
});

/** Imports, daily counts and registrations; a date from the same source replaces what was there. */
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
  // A day held by an import newer than @keepAfter stays as it is: a file imported again after a
  // removal restores the days it lost, not the days a later file replaced (@keepAfter: 0 for a new file).
  const upsertCount = db.prepare(
    `INSERT INTO daily_counts (company_id, source, date, morning, evening, import_id) VALUES (@companyId, @source, @date, @morning, @evening, @importId)
     ON CONFLICT (company_id, source, date) DO UPDATE SET morning = excluded.morning, evening = excluded.evening, import_id = excluded.import_id
     WHERE @keepAfter = 0 OR coalesce(daily_counts.import_id, 0) <= @keepAfter`,
  );
  const registrationOwner = db.prepare<[string, string, string], { import_id: number | null }>(
    'SELECT max(import_id) AS import_id FROM avoidance_registrations WHERE company_id = ? AND source = ? AND date = ?',
  );
  const deleteRegistrations = db.prepare('DELETE FROM avoidance_registrations WHERE company_id = ? AND source = ? AND date = ?');
  // Rows of one date, mode and reason add up: each is someone's own registration.
  const addRegistration = db.prepare(
    `INSERT INTO avoidance_registrations (company_id, source, date, mode, reason, count, import_id) VALUES (@companyId, @source, @date, @mode, @reason, @count, @importId)
     ON CONFLICT (company_id, source, date, mode, reason) DO UPDATE SET count = count + excluded.count`,
  );
  const deleteImport = db.prepare('DELETE FROM track_imports WHERE id = ?');
  const daysOf = db.prepare<[number, number], { days: number }>(
    `SELECT (SELECT count(*) FROM daily_counts WHERE import_id = ?)
          + (SELECT count(DISTINCT date) FROM avoidance_registrations WHERE import_id = ?) AS days`,
  );
  // Earlier imports of the same source whose dates overlap: the removed one had replaced their days there.
  const overlapped = db.prepare<{ companyId: string; source: string; id: number; registrations: number; first: string; last: string }, ImportRow>(
    `SELECT * FROM track_imports WHERE company_id = @companyId AND source = @source AND id < @id
       AND (kind = 'registrations') = (@registrations = 1) AND first_date <= @last AND last_date >= @first`,
  );
  const markReimport = db.prepare('UPDATE track_imports SET needs_reimport = 1 WHERE id = ?');
  const selectImport = db.prepare<[number], ImportRow>('SELECT * FROM track_imports WHERE id = ?');
  const selectImports = db.prepare<[string], ImportRow>('SELECT * FROM track_imports WHERE company_id = ? ORDER BY id');
  const selectCounts = db.prepare<[string], SourcedDailyCount>(
    'SELECT source, date, morning, evening FROM daily_counts WHERE company_id = ? ORDER BY date, source',
  );
  const selectRegistrations = db.prepare<[string], { source: string; date: string; mode: string; reason: string; count: number }>(
    'SELECT source, date, mode, reason, count FROM avoidance_registrations WHERE company_id = ? ORDER BY date, source, mode, reason',
  );

  return {
    findImport: (companyId, kind, source, hash) => {
      const row = findImport.get(companyId, kind, source, hash);
      return row ? toImport(row) : undefined;
    },
    saveImport: (companyId, input) =>
      write(() => {
        requireCompany(companyId, '--company');
        const counts = 'counts' in input ? input.counts : [];
        const regs = 'registrations' in input ? input.registrations : [];
        const previous = findImport.get(companyId, input.kind, input.source, input.contentHash);
        const keepAfter = previous?.id ?? 0;
        if (previous) deleteImport.run(previous.id);
        const info = insertImport.run({
          companyId, kind: input.kind, source: input.source, contentHash: input.contentHash, fileName: input.fileName,
          importedAt: now().toISOString(), rowsUsed: input.rowsUsed, rowsRejected: input.rowsRejected,
          firstDate: input.firstDate, lastDate: input.lastDate,
        });
        const importId = Number(info.lastInsertRowid);
        for (const c of counts) upsertCount.run({ companyId, source: c.source, date: c.date, morning: c.morning, evening: c.evening, importId, keepAfter });
        // A registration file replaces the dates it covers, so an export that overlaps the last one counts once.
        const heldByNewer = (date: string) => keepAfter > 0 && (registrationOwner.get(companyId, input.source, date)?.import_id ?? 0) > keepAfter;
        const dates = new Set([...new Set(regs.map((r) => r.date))].filter((d) => !heldByNewer(d)));
        for (const date of dates) deleteRegistrations.run(companyId, input.source, date);
        for (const r of regs.filter((x) => dates.has(x.date))) {
          addRegistration.run({ companyId, source: input.source, date: r.date, mode: r.mode ?? '', reason: r.reason ?? '', count: r.count, importId });
        }
        return toImport(selectImport.get(Number(info.lastInsertRowid))!);
      }),
    imports: (companyId) => selectImports.all(companyId).map(toImport),
    removeImport: (companyId, importId) =>
      write(() => {
        const row = selectImport.get(importId);
        if (!row || row.company_id !== companyId) return undefined;
        const { days } = daysOf.get(importId, importId)!;
        const earlier = row.first_date === null || row.last_date === null ? [] : overlapped.all({
          companyId, source: row.source, id: importId, registrations: row.kind === 'registrations' ? 1 : 0, first: row.first_date, last: row.last_date,
        });
        for (const e of earlier) markReimport.run(e.id);
        deleteImport.run(importId); // its days go with it (ON DELETE CASCADE)
        return { removed: toImport(row), daysRemoved: days, toReimport: earlier.map((e) => toImport({ ...e, needs_reimport: 1 })) };
      }),
    dailyCounts: (companyId) => selectCounts.all(companyId),
    registrations: (companyId) =>
      selectRegistrations.all(companyId).map((r): SourcedRegistration => ({
        source: r.source,
        date: r.date,
        count: r.count,
        ...(r.mode !== '' && { mode: r.mode }),
        ...(r.reason !== '' && { reason: r.reason }),
      })),
  };
}
