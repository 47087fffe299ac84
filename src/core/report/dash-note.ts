import type { Cell } from './report-model.js';

/** Whether a row shows '–' somewhere: a missing value (a suppressed cell shows '<5' and has its own note). */
export const hasDash = (row: readonly Cell[] | undefined): boolean => row !== undefined && row.some((c) => c === null);

/**
 * The table note that says what '–' means in that table: `means` with the reasons found in it,
 * each once and in the order found; no note when the table shows no dash. A dash a reader cannot
 * explain reads as a fault in the report.
 */
export function dashNote(means: (reasons: string) => string, reasons: readonly string[]): string | undefined {
  const unique = [...new Set(reasons)];
  return unique.length > 0 ? means(unique.join('; ')) : undefined;
}
