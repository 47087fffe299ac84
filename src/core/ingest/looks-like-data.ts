/**
 * Values that a column name never is: what a data row holds. A "header row" with one of these is
 * a data row (a file exported without its header), and showing it would show an employee.
 */

const NUMBERISH = /^[\d\s.,:;/%+-]*\d[\d\s.,:;/%+-]*[a-z]{0,3}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const DATE = /^(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const DUTCH_PC6 = /^[1-9]\d{3}\s?-?\s?[a-z]{2}$/i;
const PREFIXED_POSTCODE = /^[a-z]{1,3}[- ]\d{4,5}$/i;

/** The kind of data value `cell` looks like, or undefined when it could be a column name. */
export function looksLikeData(cell: string): 'number' | 'email' | 'date' | 'postcode' | undefined {
  const value = cell.trim();
  if (value === '') return undefined;
  if (EMAIL.test(value)) return 'email';
  if (DATE.test(value)) return 'date';
  if (DUTCH_PC6.test(value) || PREFIXED_POSTCODE.test(value)) return 'postcode';
  if (NUMBERISH.test(value)) return 'number';
  return undefined;
}
