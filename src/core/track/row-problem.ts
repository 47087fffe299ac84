/** Problems in track input as values with row and column, like the HR ingest's. */
import { text, type Text } from '../i18n/index.js';
import { columnWordsMessages } from '../ingest/column-words-messages.js';
import type { RowProblem } from '../ingest/types.js';

/** A column's header for messages: the header text, else "kolom N" / "column N" (1-based) in the reader's language. */
export function columnName(headers: readonly string[] | undefined, index: number | undefined): string | Text | undefined {
  if (index === undefined) return undefined;
  return headers?.[index] || text(columnWordsMessages, 'columnN', { n: index + 1 });
}

/** A RowProblem without an undefined `column` key (exactOptionalPropertyTypes-proof). */
export function rowProblem(
  row: number,
  column: string | Text | undefined,
  code: string,
  reason: Text | string,
  severity: 'error' | 'warning',
): RowProblem {
  return column === undefined ? { row, code, reason, severity } : { row, column, code, reason, severity };
}

/** Parsed rows with their problems split by severity (the shape every track parser returns). */
export interface ParsedRows<T> {
  rows: T[];
  warnings: RowProblem[];
  errors: RowProblem[];
}

/** Split problems by severity. */
export function splitProblems(problems: readonly RowProblem[]): Pick<ParsedRows<never>, 'warnings' | 'errors'> {
  return {
    warnings: problems.filter((p) => p.severity === 'warning'),
    errors: problems.filter((p) => p.severity === 'error'),
  };
}
