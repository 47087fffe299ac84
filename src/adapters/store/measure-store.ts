import type Database from 'better-sqlite3';
import type { MeasureRecord, MeasureStore } from './tracking-types.js';

interface MeasureRow {
  id: number;
  company_id: string;
  measure: string;
  start_date: string;
  note: string | null;
  added_at: string;
}

const toMeasure = (r: MeasureRow): MeasureRecord => ({
  id: r.id,
  companyId: r.company_id,
  measure: r.measure,
  startDate: r.start_date,
  note: r.note,
  addedAt: r.added_at,
});

/** The measures members took, each with its start date; the same measure and start is kept once. */
export function createMeasureStore(
  db: Database.Database,
  write: <T>(work: () => T) => T,
  now: () => Date,
  requireCompany: (id: string, field?: string) => unknown,
): MeasureStore {
  const find = db.prepare<[string, string, string], MeasureRow>(
    'SELECT * FROM measures WHERE company_id = ? AND measure = ? AND start_date = ?',
  );
  const insert = db.prepare(
    'INSERT INTO measures (company_id, measure, start_date, note, added_at) VALUES (@companyId, @measure, @startDate, @note, @addedAt)',
  );
  const byId = db.prepare<[string, number], MeasureRow>('SELECT * FROM measures WHERE company_id = ? AND id = ?');
  const deleteById = db.prepare('DELETE FROM measures WHERE id = ?');
  const list = db.prepare<[string], MeasureRow>('SELECT * FROM measures WHERE company_id = ? ORDER BY start_date, id');
  return {
    add: (input) =>
      write(() => {
        requireCompany(input.companyId, '--company');
        const existing = find.get(input.companyId, input.measure, input.startDate);
        if (existing) return { record: toMeasure(existing), created: false };
        insert.run({ ...input, addedAt: now().toISOString() });
        return { record: toMeasure(find.get(input.companyId, input.measure, input.startDate)!), created: true };
      }),
    list: (companyId) => list.all(companyId).map(toMeasure),
    remove: (companyId, id) =>
      write(() => {
        const row = byId.get(companyId, id);
        if (row) deleteById.run(id);
        return row ? toMeasure(row) : undefined;
      }),
  };
}
