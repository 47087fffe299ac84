import { renderText, translator, type Lang, type Text } from '../../core/i18n/index.js';
import type { RowProblem } from '../../core/ingest/types.js';
import { trackRowMessages } from '../../core/track/track-row-messages.js';

/** Problems of one kind, with how many rows had it and the first few row numbers. */
export interface ProblemGroup {
  severity: 'error' | 'warning';
  column: string | Text | null;
  code: string;
  /** Rendered in the reader's language (--json renders it too; `code` stays stable). */
  reason: Text | string;
  rows: number;
  firstRows: number[];
}

const SHOWN_ROWS = 5;

/** Groups row problems by column and reason, errors first; values are never part of them. */
export function groupProblems(problems: readonly RowProblem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    // a column without a header is a Text ("kolom 3"): its English rendering serves as the key
    const key = `${p.severity}\u0000${p.column === undefined ? '' : renderText(p.column, 'en')}\u0000${p.code}`;
    const group = groups.get(key) ?? { severity: p.severity, column: p.column ?? null, code: p.code, reason: p.reason, rows: 0, firstRows: [] };
    group.rows += 1;
    if (group.firstRows.length < SHOWN_ROWS) group.firstRows.push(p.row);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (a.severity === b.severity ? b.rows - a.rows : a.severity === 'error' ? -1 : 1));
}

/** "12 rijen: Tijd: geen tijd (bijvoorbeeld 07:45) (rijen 4, 9, 12, ...)", in the reader's language. */
export function describeProblemGroup(g: ProblemGroup, lang: Lang): string {
  const t = translator(trackRowMessages, lang);
  const where = g.column === null ? '' : t('groupColumn', { column: g.column });
  const more = g.rows > g.firstRows.length ? 'true' : 'false';
  return t('group', { rows: g.rows, where, reason: g.reason, shown: g.firstRows.length, list: g.firstRows.join(', '), more });
}
