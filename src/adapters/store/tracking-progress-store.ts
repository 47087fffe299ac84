import type Database from 'better-sqlite3';
import type { Co2YearRecord, HeadcountEntry, StoredBaseline, TrackingStore } from './tracking-types.js';

interface BaselineRow {
  source: 'measured' | 'typed';
  from_date: string | null;
  to_date: string | null;
  morning_per_day: number;
  evening_per_day: number;
  working_days: number | null;
  days_with_data: number | null;
  flagged: 'too-few-days' | null;
  headcount: number | null;
  set_at: string;
}

function toBaseline(r: BaselineRow): StoredBaseline {
  const common = {
    morningPerDay: r.morning_per_day,
    eveningPerDay: r.evening_per_day,
    totalPerDay: r.morning_per_day + r.evening_per_day,
    headcount: r.headcount,
    workingDays: r.working_days,
    daysWithData: r.days_with_data,
    setAt: r.set_at,
  };
  if (r.source === 'measured' && r.from_date !== null && r.to_date !== null) {
    return { source: 'measured', from: r.from_date, to: r.to_date, flagged: r.flagged, ...common };
  }
  return { source: 'typed', ...common };
}

/** One baseline per company, headcounts by date, and CO2 per year from typed km. */
export function createTrackingProgressStore(
  db: Database.Database,
  write: <T>(work: () => T) => T,
  now: () => Date,
  requireCompany: (id: string, field?: string) => unknown,
): Pick<TrackingStore, 'setBaseline' | 'baseline' | 'removeBaseline' | 'setHeadcount' | 'headcounts' | 'setCo2Year' | 'co2Years'> {
  const selectBaseline = db.prepare<[string], BaselineRow>('SELECT * FROM peak_baselines WHERE company_id = ?');
  const upsertBaseline = db.prepare(
    `INSERT OR REPLACE INTO peak_baselines (company_id, source, from_date, to_date, morning_per_day, evening_per_day, working_days, days_with_data, flagged, headcount, set_at)
     VALUES (@companyId, @source, @from, @to, @morning, @evening, @workingDays, @daysWithData, @flagged, @headcount, @setAt)`,
  );
  const deleteBaseline = db.prepare('DELETE FROM peak_baselines WHERE company_id = ?');
  const upsertHeadcount = db.prepare('INSERT OR REPLACE INTO headcounts (company_id, from_date, headcount) VALUES (?, ?, ?)');
  const selectHeadcounts = db.prepare<[string], { from_date: string; headcount: number }>(
    'SELECT from_date, headcount FROM headcounts WHERE company_id = ? ORDER BY from_date',
  );
  const upsertCo2 = db.prepare(
    'INSERT OR REPLACE INTO co2_years (company_id, year, co2_kg, basis, km_json, set_at) VALUES (@companyId, @year, @co2Kg, @basis, @kmJson, @setAt)',
  );
  const selectCo2 = db.prepare<[string], { year: number; co2_kg: number; basis: 'wtw' | 'ttw'; km_json: string; set_at: string }>(
    'SELECT year, co2_kg, basis, km_json, set_at FROM co2_years WHERE company_id = ? ORDER BY year',
  );

  return {
    setBaseline: (companyId, baseline, extra) =>
      write(() => {
        requireCompany(companyId, '--company');
        const measured = baseline.source === 'measured' ? baseline : undefined;
        upsertBaseline.run({
          companyId, source: baseline.source, from: measured?.from ?? null, to: measured?.to ?? null,
          morning: baseline.morningPerDay, evening: baseline.eveningPerDay,
          workingDays: extra.workingDays ?? null, daysWithData: extra.daysWithData ?? null,
          flagged: measured?.flagged ?? null, headcount: extra.headcount, setAt: now().toISOString(),
        });
        return toBaseline(selectBaseline.get(companyId)!);
      }),
    baseline: (companyId) => {
      const row = selectBaseline.get(companyId);
      return row ? toBaseline(row) : undefined;
    },
    removeBaseline: (companyId) => write(() => deleteBaseline.run(companyId).changes > 0),
    setHeadcount: (companyId, entry: HeadcountEntry) =>
      write(() => {
        requireCompany(companyId, '--company');
        upsertHeadcount.run(companyId, entry.fromDate, entry.headcount);
      }),
    headcounts: (companyId) => selectHeadcounts.all(companyId).map((r) => ({ fromDate: r.from_date, headcount: r.headcount })),
    setCo2Year: (companyId, record) =>
      write(() => {
        requireCompany(companyId, '--company');
        const setAt = now().toISOString();
        upsertCo2.run({ companyId, year: record.year, co2Kg: record.co2Kg, basis: record.basis, kmJson: JSON.stringify(record.km), setAt });
        return { ...record, setAt };
      }),
    co2Years: (companyId) =>
      selectCo2.all(companyId).map(
        (r): Co2YearRecord => ({ year: r.year, co2Kg: r.co2_kg, basis: r.basis, km: JSON.parse(r.km_json) as Co2YearRecord['km'], setAt: r.set_at }),
      ),
  };
}
