import type Database from 'better-sqlite3';
import type { Goal, GoalBasis, GoalKind } from '../../core/workspace/types.js';
import type { Workspace } from './workspace.js';

interface GoalRow {
  company_id: string | null;
  kind: GoalKind;
  target_pct: number;
  baseline_year: number | null;
  target_year: number | null;
  basis: GoalBasis;
}

const toGoal = (row: GoalRow): Goal => ({
  companyId: row.company_id,
  kind: row.kind,
  targetPct: row.target_pct,
  baselineYear: row.baseline_year,
  targetYear: row.target_year,
  basis: row.basis,
});

/** Goals of companies and of the alliance; callers check the company exists first. */
export function createGoalStore(
  db: Database.Database,
  write: <T>(work: () => T) => T,
  now: () => Date,
  requireCompany: (id: string, field?: string) => unknown,
): Workspace['goals'] {
  const columns = 'company_id, kind, target_pct, baseline_year, target_year, basis';
  const remove = db.prepare("DELETE FROM goals WHERE coalesce(company_id, '') = coalesce(?, '') AND kind = ?");
  const insert = db.prepare(
    `INSERT INTO goals (${columns}, updated_at) VALUES (@companyId, @kind, @targetPct, @baselineYear, @targetYear, @basis, @updatedAt)`,
  );
  return {
    set: (goal) =>
      write(() => {
        if (goal.companyId !== null) requireCompany(goal.companyId, 'goal company');
        remove.run(goal.companyId, goal.kind);
        insert.run({ ...goal, updatedAt: now().toISOString() });
        return goal;
      }),
    list: (filter = {}) => {
      // The alliance's own goals come first, then companies by id.
      const order = "ORDER BY company_id IS NOT NULL, company_id, kind";
      const rows =
        filter.companyId === undefined
          ? db.prepare<[], GoalRow>(`SELECT ${columns} FROM goals ${order}`).all()
          : db.prepare<[string | null], GoalRow>(`SELECT ${columns} FROM goals WHERE coalesce(company_id, '') = coalesce(?, '') ${order}`).all(filter.companyId);
      return rows.map(toGoal);
    },
    remove: (companyId, kind) => write(() => remove.run(companyId, kind).changes > 0),
  };
}
