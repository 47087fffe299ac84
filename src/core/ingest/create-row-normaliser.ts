import { COLUMN_ROLES, type ColumnMapping, type ColumnRole, type Employee, type IngestSettings, type RowProblem } from './types.js';
import { headerKey } from './classify-header.js';
import { parseCountry } from './parse-country.js';
import { parseDistanceKm } from './parse-distance-km.js';
import { parsePostcode } from './parse-postcode.js';
import { memoiseCell } from './memoise-cell.js';
import { cellAt, planColumns, quote, readOptionalFields } from './read-optional-fields.js';
import { text, type Text } from '../i18n/index.js';
import { columnWordsMessages } from './column-words-messages.js';
import { rowProblemMessages as m } from './row-problem-messages.js';

/** Turns one raw row into an employee, or says why not. */
export type RowNormaliser = (cells: string[], row: number) => { employee?: Employee; problems: RowProblem[] };

const PERCENT_HEADER = /percentage|procent|pct/;
const SHORT_DIGITS = /^\d{1,15}$/;
const SPACES = /\s+/g;

/**
 * Excel drops leading zeros, so "00123" and "123" are the same personnel number. Numeric ids
 * become numbers, which a Map of a million entries hashes much faster than strings.
 */
function idKey(raw: string): string | number {
  return SHORT_DIGITS.test(raw) ? Number(raw) : raw.toUpperCase();
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

/**
 * Creates the per-row normaliser for one export (docs/method.md and 9). Everything about
 * the columns is decided here once; the returned function is called for every row. Its only
 * state is the personnel numbers seen, to reject duplicates. It also rejects blank rows and
 * header rows repeated mid-file. Personal columns are never read, and the personnel number
 * never appears in a problem.
 */
export function createRowNormaliser(
  headers: string[],
  mapping: ColumnMapping,
  settings: IngestSettings,
  options: { keepPersonnelId?: boolean } = {},
): RowNormaliser {
  // A role pointing at a personal column (a hand-edited mapping) is not read: privacy first.
  const index = (role: ColumnRole): number => {
    const i = mapping.roles[role] ?? -1;
    return mapping.columns.some((c) => c.index === i && c.kind === 'personal') ? -1 : i;
  };
  const roles = Object.fromEntries(COLUMN_ROLES.map((role) => [role, index(role)])) as Record<ColumnRole, number>;
  const fteHeader = headers[roles.fte] ?? '';
  const plan = planColumns(roles, PERCENT_HEADER.test(headerKey(fteHeader)) ? 'percent' : 'fte', settings);
  const headerCells = headers.map((h) => h.trim().toLowerCase());
  const hasHeader = headerCells.some((h) => h !== '');
  const columnName = (i: number): string | Text => headers[i] || text(columnWordsMessages, 'columnN', { n: i + 1 });
  const firstRowOfId = new Map<string | number, number>();
  const parseCountryCell = memoiseCell(parseCountry);
  const parseDistanceCell = memoiseCell((raw) => parseDistanceKm(raw, settings));
  const tidySpaces = memoiseCell((raw) => raw.replace(SPACES, ' '));

  const isHeaderRepeat = (cells: readonly string[]): boolean => {
    if (!hasHeader) return false;
    for (let i = 0; i < headerCells.length; i += 1) {
      if ((cells[i] ?? '').trim().toLowerCase() !== headerCells[i]) return false;
    }
    return true;
  };

  // The row being normalised and its problems: made once, not as closures for every row.
  let row = 0;
  let problems: RowProblem[] = [];
  const report = (code: string, i: number, reason: Text, severity: RowProblem['severity']): void => {
    problems.push(i < 0 ? { row, code, reason, severity } : { row, column: columnName(i), code, reason, severity });
  };
  const warn = (code: string, i: number, reason: Text): void => report(code, i, reason, 'warning');
  const reject = (code: string, i: number, reason: Text) => {
    report(code, i, reason, 'error');
    return { problems };
  };

  return (cells, rowNumber) => {
    row = rowNumber;
    problems = [];
    if (isBlank(cells)) return reject('empty-row', -1, text(m, 'emptyRow'));
    if (isHeaderRepeat(cells)) return reject('repeated-header', -1, text(m, 'repeatedHeader'));

    const countryRaw = cellAt(cells, roles.country);
    const countryParsed = countryRaw === '' ? undefined : parseCountryCell(countryRaw);
    if (countryParsed && !countryParsed.ok) warn('invalid-country', roles.country, text(m, 'invalidCountry', { value: quote(countryRaw), reason: countryParsed.reason, country: settings.defaultCountry }));
    const columnCountry = countryParsed?.ok ? countryParsed.value : undefined;
    let country = columnCountry ?? settings.defaultCountry;

    const postcodeRaw = cellAt(cells, roles.homePostcode);
    const postcode = postcodeRaw === '' ? undefined : parsePostcode(postcodeRaw, country);
    const homePlace = tidySpaces(cellAt(cells, roles.homePlace)) || undefined;
    const distanceRaw = cellAt(cells, roles.distanceKm);
    const distance = distanceRaw === '' ? undefined : parseDistanceCell(distanceRaw);
    const distanceKm = distance?.ok ? distance.value : undefined;
    if (distance && !distance.ok) warn('invalid-distance', roles.distanceKm, text(m, 'invalidDistance', { value: quote(distanceRaw), reason: distance.reason }));

    if (postcode && !postcode.ok) {
      // The postcode value is not quoted: with a house number it pins down a home.
      if (homePlace === undefined && distanceKm === undefined) return reject('invalid-postcode', roles.homePostcode, text(m, 'postcodeRejected', { reason: postcode.reason }));
      warn('invalid-postcode', roles.homePostcode, text(m, 'postcodeWarned', { reason: postcode.reason }));
    }
    const home = postcode?.ok ? postcode.value : undefined;
    if (home === undefined && homePlace === undefined && distanceKm === undefined) {
      return reject('no-home-location', -1, text(m, 'noHomeLocation'));
    }
    if (home !== undefined && 'unissuedLetters' in home) warn('postcode-letters-never-issued', roles.homePostcode, text(m, 'unissuedLetters'));
    // Kept for the distance-based figures, never silently: the summary and rejects file list it.
    if (home === undefined && homePlace === undefined) warn('distance-only', -1, text(m, 'distanceOnly'));
    if (home && home.country !== country) {
      // Only a prefix in the postcode ("B-2000") changes the country; it is the more specific.
      if (columnCountry !== undefined) warn('country-mismatch', roles.country, text(m, 'countryMismatch', { prefix: home.country, column: columnCountry }));
      country = home.country;
    }

    const rawId = cellAt(cells, roles.employeeId);
    if (rawId !== '') {
      const key = idKey(rawId);
      const first = firstRowOfId.get(key);
      if (first !== undefined) return reject('duplicate-id', roles.employeeId, text(m, 'duplicateId', { first }));
      firstRowOfId.set(key, row);
    }

    const optional = readOptionalFields(cells, plan, warn);
    // Every field spelled out (no spread): one object shape for a million rows.
    const employee: Employee = {
      row,
      country,
      pc6: home?.pc6,
      pc4: home?.pc4,
      foreignPostcode: home?.postcode,
      homePlace,
      workLocation: tidySpaces(cellAt(cells, roles.workLocation)) || undefined,
      fte: optional.fte,
      workdaysPerWeek: optional.workdaysPerWeek,
      homeworkDaysPerWeek: optional.homeworkDaysPerWeek,
      mode: optional.mode,
      leaseCar: optional.leaseCar,
      fuel: optional.fuel,
      allowance: optional.allowance,
      distanceKm,
      startMinutes: optional.startMinutes,
      shift: optional.shift,
      personnelId: options.keepPersonnelId && rawId !== '' ? rawId : undefined,
    };
    return { employee, problems };
  };
}
