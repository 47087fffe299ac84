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
});

/** Imports, daily counts and registrations; a date from the same source replaces what was there. */
export function createTrackingMeasurementStore(
  db: Database.Database,
  write: <T>(work: () => T) => T,
  now: () => Date,
  requireCompany: (id: string, field?: string) => unknown,
): Pick<TrackingStore, 'findImport' | 'saveImport' | 'imports' | 'dailyCounts' | 'registrations'> {
  const findImport = db.prepare<[string, string, string, string], ImportRow>(
    'SELECT * FROM track_imports WHERE company_id = ? AND kind = ? AND source = ? AND content_hash = ?',
  );
  const insertImport = db.prepare(
    `INSERT INTO track_imports (company_id, kind, source, content_hash, file_name, imported_at, rows_used, rows_rejected, first_date, last_date)
     VALUES (@companyId, @kind, @source, @contentHash, @fileName, @importedAt, @rowsUsed, @rowsRejected, @firstDate, @lastDate)`,
  );
  const upsertCount = db.prepare(
    `INSERT INTO daily_counts (company_id, source, date, morning, evening) VALUES (@companyId, @source, @date, @morning, @evening)
     ON CONFLICT (company_id, source, date) DO UPDATE SET morning = excluded.morning, evening = excluded.evening`,
  );
  const deleteRegistrations = db.prepare('DELETE FROM avoidance_registrations WHERE company_id = ? AND source = ? AND date = ?');
  // Rows of one date, mode and reason add up: each is someone's own registration.
  const addRegistration = db.prepare(
    `INSERT INTO avoidance_registrations (company_id, source, date, mode, reason, count) VALUES (@companyId, @source, @date, @mode, @reason, @count)
     ON CONFLICT (company_id, source, date, mode, reason) DO UPDATE SET count = count + excluded.count`,
  );
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
        const info = insertImport.run({
          companyId, kind: input.kind, source: input.source, contentHash: input.contentHash, fileName: input.fileName,
          importedAt: now().toISOString(), rowsUsed: input.rowsUsed, rowsRejected: input.rowsRejected,
          firstDate: input.firstDate, lastDate: input.lastDate,
        });
        for (const c of counts) upsertCount.run({ companyId, source: c.source, date: c.date, morning: c.morning, evening: c.evening });
        // A registration file replaces the dates it covers, so an export that overlaps the last one counts once.
        for (const date of new Set(regs.map((r) => r.date))) deleteRegistrations.run(companyId, input.source, date);
        for (const r of regs) {
          addRegistration.run({ companyId, source: input.source, date: r.date, mode: r.mode ?? '', reason: r.reason ?? '', count: r.count });
        }
        return toImport(selectImport.get(Number(info.lastInsertRowid))!);
      }),
    imports: (companyId) => selectImports.all(companyId).map(toImport),
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
