import { parseAllowance } from './parse-allowance.js';
import { parseCountry } from './parse-country.js';
import { parseFuel } from './parse-fuel.js';
import { parseMode } from './parse-mode.js';
import { parsePostcode } from './parse-postcode.js';
import { parseYesNo } from './parse-yes-no.js';
import type { Parsed } from './parsed.js';
import { isNumberLike } from './read-optional-fields.js';
import type { ColumnRole } from './types.js';

/** Employees that must share a free-text value before it is shown (the suppression threshold). */
export const SHOWN_FROM_EMPLOYEES = 5; // docs/method.md, privacy: groups under 5 are never shown

/** Roles whose values are checked by their parser: a value that parses is a word from a known list, not a person. */
const PARSED: Partial<Record<ColumnRole, (raw: string) => Parsed<unknown>>> = {
  homePostcode: (raw) => parsePostcode(raw),
  mode: parseMode,
  fuel: parseFuel,
  allowance: parseAllowance,
  leaseCar: parseYesNo,
  country: parseCountry,
};
/** Roles of numbers, times and counts: shown when the value has no words in it. */
const NUMERIC: ReadonlySet<ColumnRole> = new Set(['fte', 'hoursPerWeek', 'workdaysPerWeek', 'homeworkDaysPerWeek', 'distanceKm', 'startTime']);

/**
 * The sample values of a column that may be shown (the `columns` command): a value must be what
 * its role expects (a postcode, a mode word, a number), or, for free text (work location, home
 * place, shift), be shared by at least SHOWN_FROM_EMPLOYEES rows. Personnel numbers never are.
 * A name in the wrong column is thus never shown.
 * @example shareableSamples('mode', ['fiets', 'Lotte Mulder', 'auto'], 3) // ['fiets', 'auto']
 */
export function shareableSamples(role: ColumnRole, values: readonly string[], count: number): string[] {
  if (role === 'employeeId') return [];
  const parse = PARSED[role];
  const frequency = new Map<string, number>();
  for (const value of values) if (value !== '') frequency.set(value, (frequency.get(value) ?? 0) + 1);
  const shown: string[] = [];
  for (const [value, n] of frequency) {
    const ok = parse ? parse(value).ok : NUMERIC.has(role) ? isNumberLike(value) : n >= SHOWN_FROM_EMPLOYEES;
    if (ok) shown.push(value);
    if (shown.length >= count) break;
  }
  return shown;
}
