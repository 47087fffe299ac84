import { InputError } from '../core/errors.js';
import { renderText, text } from '../core/i18n/index.js';
import { messageLang } from '../core/i18n/message-lang.js';
import { workLocationMessages as m } from './work-location-messages.js';
import type { ScanResult } from '../core/scan/scan-result.js';

/** Employees whose work location matches none of the scan's locations, when there are any. */
export interface LocationMismatch {
  unmatched: number;
  employees: number;
  /** The export's values that matched nothing, most employees first (small counts suppressed). */
  values: string[];
}

/** More than this share unmatched and the scan describes the wrong locations: it is not saved. */
export const BROKEN_SHARE = 0.5;

/** The scan's unmatched employees, or undefined when every employee matched a location. */
export function locationMismatch(result: ScanResult): LocationMismatch | undefined {
  const unmatched = result.dataQuality.unmatchedLocationEmployees;
  if (unmatched === 0) return undefined;
  return { unmatched, employees: result.overall.employees, values: result.unmatchedLocations.map((u) => u.value) };
}

/**
 * Refuses a scan whose locations do not match the export (more than half of the employees at
 * none of them, e.g. every location 0 employees because the names differ): saved, it would feed
 * every report with wrong figures.
 */
export function assertLocationsMatch(result: ScanResult, file: string, saving = false): LocationMismatch | undefined {
  const mismatch = locationMismatch(result);
  if (!mismatch || mismatch.unmatched <= mismatch.employees * BROKEN_SHARE) return mismatch;
  const names = result.locations.map((l) => `"${l.name}"`).join(', ');
  const values = mismatch.values.slice(0, 5).map((v) => `"${v}"`).join(', ');
  const message = renderText(text(m, 'mismatch', { file, unmatched: mismatch.unmatched, employees: mismatch.employees, names, values }), messageLang()) + (saving ? renderText(text(m, 'notSaved'), messageLang()) : '');
  throw new InputError(message, text(m, 'mismatchHint'));
}
