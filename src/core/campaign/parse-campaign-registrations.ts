/**
 * Reads a campaign registration file (an app export, a survey): per row a date, trips not made,
 * and where known the km, the mode used instead and whether it was a peak trip. A personnel
 * number is only used to look up the employee's commute distance and to count participants;
 * it never leaves this function.
 */
import { parseDutchNumber } from '../ingest/parse-dutch-number.js';
import { parseMode } from '../ingest/parse-mode.js';
import { parseYesNo } from '../ingest/parse-yes-no.js';
import type { RowProblem } from '../ingest/types.js';
import { translator, type Lang } from '../i18n/index.js';
import { parseCountCell } from '../track/parse-count-cell.js';
import { type Cell, parseDateCell, parseTimeCell } from '../track/parse-date-time.js';
import { inWindow, type PeakWindows } from '../track/peak-windows.js';
import { columnName, rowProblem } from '../track/row-problem.js';
import { campaignCoreMessages } from './campaign-core-messages.js';
import type { RegistrationColumnIndex } from './registration-columns.js';
import type { CampaignRegistration } from './types.js';

/** What the parser needs besides the rows. */
export interface RegistrationContext {
  columns: RegistrationColumnIndex;
  headers: readonly string[];
  lang: Lang;
  peakWindows: PeakWindows;
  /** Member id for rows without a member column (the --company flag). */
  defaultCompanyId?: string;
  /** Turns a member cell (id or name) into a member id, or undefined when unknown. */
  resolveCompany: (value: string) => string | undefined;
  /** The members that take part; a registration of another member is refused. */
  takesPart: (companyId: string) => boolean;
  /** One-way commute km of an employee by personnel number (from the HR export), if known. */
  commuteKm?: (personnelNumber: string) => number | undefined;
  firstRow?: number;
}

/** The parsed file: registrations, participants per member (counted, not kept), problems. */
export interface ParsedRegistrations {
  registrations: CampaignRegistration[];
  participants: Map<string, number>;
  warnings: RowProblem[];
  errors: RowProblem[];
}

const textOf = (cell: Cell): string => (cell === null || cell === undefined ? '' : String(cell).trim());
const MAX_KM = 500;

/** Parses every row; a row with an error is left out and listed, the rest goes on. */
export function parseCampaignRegistrations(rows: Iterable<readonly Cell[]>, ctx: RegistrationContext): ParsedRegistrations {
  const t = translator(campaignCoreMessages, ctx.lang);
  const c = ctx.columns;
  const registrations: CampaignRegistration[] = [];
  const people = new Map<string, Set<string>>();
  const warnings: RowProblem[] = [];
  const errors: RowProblem[] = [];
  let row = (ctx.firstRow ?? 2) - 1;
  for (const cells of rows) {
    row += 1;
    if (cells.every((cell) => textOf(cell) === '')) continue;
    const problem = (index: number | undefined, code: string, reason: string, severity: 'error' | 'warning' = 'error') =>
      (severity === 'error' ? errors : warnings).push(rowProblem(row, columnName(ctx.headers, index), code, reason, severity));
    const date = parseDateCell(cells[c.date!]);
    if (date === null) {
      problem(c.date, 'invalid-date', t('badDateCell'));
      continue;
    }
    // no count column, or an empty cell: the row is one trip not made
    const trips = c.trips === undefined || textOf(cells[c.trips]) === '' ? 1 : parseCountCell(cells[c.trips]);
    if (trips === null) {
      problem(c.trips, 'invalid-count', t('badTrips'));
      continue;
    }
    const companyCell = c.company === undefined ? '' : textOf(cells[c.company]);
    const companyId = companyCell === '' ? ctx.defaultCompanyId : ctx.resolveCompany(companyCell);
    if (companyId === undefined) {
      problem(c.company, companyCell === '' ? 'no-company' : 'unknown-company', companyCell === '' ? t('noCompany', { row }) : t('unknownMember'));
      continue;
    }
    if (!ctx.takesPart(companyId)) {
      problem(c.company, 'not-in-campaign', t('notInCampaign'));
      continue;
    }
    const person = c.personnelNumber === undefined ? '' : textOf(cells[c.personnelNumber]);
    if (person !== '') {
      const seen = people.get(companyId) ?? new Set<string>();
      seen.add(person);
      people.set(companyId, seen);
    }
    let km: number | null = null;
    const kmCell = c.km === undefined ? '' : textOf(cells[c.km]);
    if (kmCell !== '') {
      const parsed = parseDutchNumber(kmCell);
      if (!parsed.ok || parsed.value < 0 || parsed.value > MAX_KM * Math.max(1, trips)) {
        problem(c.km, 'invalid-km', t('badKm'));
        continue;
      }
      km = parsed.value;
    } else if (person !== '' && ctx.commuteKm !== undefined) {
      const oneWay = ctx.commuteKm(person);
      if (oneWay !== undefined) km = oneWay * trips;
    }
    if (km === null && trips > 0) problem(c.km ?? c.personnelNumber, 'no-km', t('noKm'), 'warning');
    const modeCell = c.modeInstead === undefined ? '' : textOf(cells[c.modeInstead]);
    const mode = modeCell === '' ? null : parseMode(modeCell);
    const modeInstead = mode !== null && mode.ok && mode.value !== 'onbekend' ? mode.value : null;
    const peak = peakOf(cells, c, ctx.peakWindows);
    if (peak === undefined) problem(c.peak ?? c.time, 'invalid-peak', t('badPeak'), 'warning');
    registrations.push({ companyId, date, trips, km, modeInstead, peak: peak ?? null });
  }
  const participants = new Map([...people].map(([id, set]) => [id, set.size]));
  return { registrations, participants, warnings, errors };
}

/** Peak from a yes/no column, else from a time within a peak window; null unknown, undefined unreadable. */
function peakOf(cells: readonly Cell[], c: RegistrationColumnIndex, windows: PeakWindows): boolean | null | undefined {
  const peakCell = c.peak === undefined ? '' : textOf(cells[c.peak]);
  if (peakCell !== '') {
    const yes = parseYesNo(peakCell);
    if (yes.ok) return yes.value;
  }
  // a peak column may hold a time ('07:45') instead of yes/no
  const timeCell = c.time === undefined ? (c.peak === undefined ? undefined : cells[c.peak]) : cells[c.time];
  if (textOf(timeCell) === '') return peakCell === '' ? null : undefined;
  const minutes = parseTimeCell(timeCell);
  if (minutes === null) return undefined;
  return inWindow(minutes, windows.morning) || inWindow(minutes, windows.evening);
}
