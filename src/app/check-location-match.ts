import { InputError } from '../core/errors.js';
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
  throw new InputError(
    `${file}: ${mismatch.unmatched} of ${mismatch.employees} employees work at none of the locations ${names}; the export names ${values}.${saving ? ' The scan was not saved.' : ''}`,
    'name the locations as the export does (--location "NAME=POSTCODE" with NAME as in the export), or leave out --location to take them from the export',
  );
}
