import { shareableSamples } from './shareable-samples.js';
import type { ColumnAssignment, ColumnRole } from './types.js';

/** How many sample values the column question shows beside a header. */
export const PROMPT_SAMPLE_COUNT = 3;

/**
 * The sample values shown beside a header when asking which column holds `role`. The rule of the
 * `columns` command (shareableSamples): a value shows only when it reads as that role expects (a
 * postcode, a mode word, a number) or many rows share it; a column recognised as personal data
 * (names, addresses) or as personnel numbers shows nothing at all.
 * @example promptSamples(column, 'homePostcode', ['3311 AB', 'Jan Jansen']) // ['3311 AB']
 */
export function promptSamples(column: ColumnAssignment, role: ColumnRole, values: readonly string[], count = PROMPT_SAMPLE_COUNT): string[] {
  if (column.kind === 'personal' || (column.kind === 'role' && column.role === 'employeeId')) return [];
  const shown = shareableSamples(role, values, count);
  // the home question accepts a place column as well: frequent place names may show
  return shown.length === 0 && role === 'homePostcode' ? shareableSamples('homePlace', values, count) : shown;
}
