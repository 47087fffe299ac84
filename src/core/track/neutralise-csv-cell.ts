/**
 * CSV injection: a spreadsheet runs a cell that begins with = + - @ (or a tab or carriage
 * return before one) as a formula. OWASP "CSV Injection": prefix such cells with a quote.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell text, made inert with a leading `'` when a spreadsheet would read it as a formula. */
export function neutraliseCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const QUOTED_FORMULA = /^'+[=+\-@\t\r]/;

/**
 * For a file mobiscan reads back (company export): a text that itself starts with quotes before
 * a formula sign gets one more too, so restoreCsvCell always gives back exactly what was written.
 */
export function neutraliseCsvCellReversibly(value: string): string {
  return QUOTED_FORMULA.test(value) ? `'${value}` : neutraliseCsvCell(value);
}

/** Undoes neutraliseCsvCellReversibly when reading back a file mobiscan wrote (company export -> import). */
export function restoreCsvCell(value: string): string {
  return QUOTED_FORMULA.test(value) ? value.slice(1) : value;
}
