/**
 * CSV injection: a spreadsheet runs a cell that begins with = + - @ (or a tab or carriage
 * return before one) as a formula. OWASP "CSV Injection": prefix such cells with a quote.
 */

// A text that already starts with quotes before a formula sign gets one more too, so reading back
// (restoreCsvCell) always gives exactly what was written.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The cell text, made inert with a leading `'` when a spreadsheet would read it as a formula. */
export function neutraliseCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** Undoes neutraliseCsvCell when reading back a file mobiscan wrote (company export -> import). */
export function restoreCsvCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}
