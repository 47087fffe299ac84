import type { RowProblem } from '../../core/ingest/types.js';

/** Problems of one kind, with how many rows had it and the first few row numbers. */
export interface ProblemGroup {
  severity: 'error' | 'warning';
  column: string | null;
  code: string;
  reason: string;
  rows: number;
  firstRows: number[];
}

const SHOWN_ROWS = 5;

/** Groups row problems by column and reason, errors first; values are never part of them. */
export function groupProblems(problems: readonly RowProblem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const key = `${p.severity}\u0000${p.column ?? ''}\u0000${p.code}`;
    const group = groups.get(key) ?? { severity: p.severity, column: p.column ?? null, code: p.code, reason: p.reason, rows: 0, firstRows: [] };
    group.rows += 1;
    if (group.firstRows.length < SHOWN_ROWS) group.firstRows.push(p.row);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (a.severity === b.severity ? b.rows - a.rows : a.severity === 'error' ? -1 : 1));
}

/** "12 rows: Tijd: not a time (e.g. 07:45) (rows 4, 9, 12, ...)". */
export function describeProblemGroup(g: ProblemGroup): string {
  const more = g.rows > g.firstRows.length ? ', ...' : '';
  const where = g.column === null ? '' : `${g.column}: `;
  return `${g.rows} row${g.rows === 1 ? '' : 's'}: ${where}${g.reason} (row${g.firstRows.length === 1 ? '' : 's'} ${g.firstRows.join(', ')}${more})`;
}
