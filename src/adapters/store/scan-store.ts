import type Database from 'better-sqlite3';
import type { ScanRecord, Workspace } from './workspace.js';

interface ScanRow {
  id: number;
  company_id: string;
  export_date: string;
  content_hash: string;
  scanned_at: string;
  employees: number;
  settings_hash: string;
  result_json: string;
}

const toScan = (row: ScanRow): ScanRecord => ({
  id: row.id,
  companyId: row.company_id,
  exportDate: row.export_date,
  contentHash: row.content_hash,
  scannedAt: row.scanned_at,
  employees: row.employees,
  settingsHash: row.settings_hash,
  result: JSON.parse(row.result_json) as unknown,
});

/** Scan aggregates per company; the same export (by content hash) is stored once. */
export function createScanStore(
  db: Database.Database,
  write: <T>(work: () => T) => T,
  now: () => Date,
  requireCompany: (id: string, field?: string) => unknown,
): Workspace['scans'] {
  const existing = db.prepare<[string, string], { id: number; result_json: string }>('SELECT id, result_json FROM scans WHERE company_id = ? AND content_hash = ?');
  // A scan of the same export made by an older mobiscan has another result schema: the same data, recomputed,
  // replaces it, otherwise the report could never get the newer figures.
  const schemaOf = (json: string): unknown => {
    try {
      return (JSON.parse(json) as { schema?: unknown }).schema;
    } catch {
      return undefined;
    }
  };
  const insert = db.prepare(
    `INSERT INTO scans (company_id, export_date, content_hash, scanned_at, employees, settings_hash, result_json)
     VALUES (@companyId, @exportDate, @contentHash, @scannedAt, @employees, @settingsHash, @resultJson)`,
  );
  // Newest export first; scans of one export date in the order they were made.
  const order = 'ORDER BY export_date DESC, id DESC';
  const latest = db.prepare<[string], ScanRow>(`SELECT * FROM scans WHERE company_id = ? ${order} LIMIT 1`);
  const list = db.prepare<[string], ScanRow>(`SELECT * FROM scans WHERE company_id = ? ${order}`);
  const byId = db.prepare<[string, number], ScanRow>('SELECT * FROM scans WHERE company_id = ? AND id = ?');
  const deleteById = db.prepare('DELETE FROM scans WHERE id = ?');
  return {
    save: (companyId, scan, options = {}) =>
      write(() => {
        requireCompany(companyId, 'scan company');
        const found = existing.get(companyId, scan.contentHash);
        // A scan of the same export made by an older mobiscan (another result schema) is replaced as if asked.
        const schema = (scan.result as { schema?: unknown } | null)?.schema;
        const outdated = found !== undefined && schema !== undefined && schemaOf(found.result_json) !== schema;
        if (found && options.replace !== true && !outdated) return { id: found.id, created: false };
        // Replacing deletes and inserts in this one transaction: the old scan stays if anything fails.
        if (found) deleteById.run(found.id);
        const info = insert.run({
          companyId,
          exportDate: scan.exportDate,
          contentHash: scan.contentHash,
          scannedAt: now().toISOString(),
          employees: scan.employees,
          settingsHash: scan.settingsHash,
          resultJson: JSON.stringify(scan.result),
        });
        return { id: Number(info.lastInsertRowid), created: true, ...(found && { replaced: found.id }) };
      }),
    latest: (companyId) => {
      const row = latest.get(companyId);
      return row ? toScan(row) : undefined;
    },
    list: (companyId) => list.all(companyId).map(toScan),
    get: (companyId, id) => {
      const row = byId.get(companyId, id);
      return row ? toScan(row) : undefined;
    },
    remove: (companyId, id) =>
      write(() => {
        const row = byId.get(companyId, id);
        if (row) deleteById.run(id);
        return row ? toScan(row) : undefined;
      }),
  };
}
