import type { ScanRecord } from '../adapters/store/workspace.js';
import type { ScanResult } from '../core/scan/scan-result.js';

/** The few figures tracking reads from a saved scan, or null when the result is not a scan result. */
export interface ScanFigures {
  exportDate: string;
  year: number;
  employees: number;
  co2KgPerYear: number;
  co2Basis: 'wtw' | 'ttw';
  kmPerYear: ScanResult['overall']['kmPerYear'];
  rowsRejected: number;
  /** Who counts in the WPM report, when the scan recorded it (scans before it did give undefined). */
  wpmScope: ScanResult['wpmScope'] | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Reads a stored scan's result defensively: older or foreign JSON gives null, not a crash. */
export function scanFigures(scan: ScanRecord): ScanFigures | null {
  const r = scan.result;
  // Both versions keep CO2, km and the WPM scope in the same place.
  if (!isObject(r) || (r.schema !== 'mobiscan/scan-result@1' && r.schema !== 'mobiscan/scan-result@2') || !isObject(r.overall)) return null;
  const result = r as unknown as ScanResult;
  const co2 = result.overall.co2KgPerYear;
  if (!isObject(co2) || typeof co2.now !== 'number') return null;
  return {
    exportDate: scan.exportDate,
    year: Number(scan.exportDate.slice(0, 4)),
    employees: result.overall.employees,
    co2KgPerYear: co2.now,
    co2Basis: result.method?.co2Basis === 'ttw' ? 'ttw' : 'wtw',
    kmPerYear: Array.isArray(result.overall.kmPerYear) ? result.overall.kmPerYear : [],
    rowsRejected: result.dataQuality?.rowsRejected ?? 0,
    wpmScope: isObject(result.wpmScope) && Array.isArray(result.wpmScope.kmPerYear) ? result.wpmScope : undefined,
  };
}
