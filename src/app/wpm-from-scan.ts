import type { ScanRecord } from '../adapters/store/workspace.js';
import type { Co2FactorFile } from '../core/settings/co2-factor-schema.js';
import { co2FactorsForBasis } from '../core/track/co2-factors-for-basis.js';
import { wpmCommuting, type WpmCommuting } from '../core/track/wpm-commuting.js';
import { scanFigures } from './scan-figures.js';

/** The WPM commuting table of one year from a saved scan, with its scope and assumptions; null for an unreadable scan. */
export function wpmFromScan(scan: ScanRecord, factorFile: Co2FactorFile, year: number): { wpm: WpmCommuting; exportDate: string } | null {
  const figures = scanFigures(scan);
  if (!figures) return null;
  const { factors, unknown } = co2FactorsForBasis(factorFile, 'ttw');
  const wpm = wpmCommuting(
    figures.kmPerYear.map((k) => ({ mode: k.mode, ...(k.fuel !== null && k.fuel !== 'onbekend' && { fuel: k.fuel }), km: k.km })),
    factors,
    {
      year, inScope: figures.employees, outOfScope: figures.rowsRejected,
      ...(figures.rowsRejected > 0 && { outReasons: [{ reason: 'rows of the HR export that could not be read', count: figures.rowsRejected }] }),
    },
  );
  wpm.assumptions.push('the scan result does not keep travel allowances: every scanned employee counts as in scope; check this against who receives an allowance or a PT pass');
  if (figures.year !== year) wpm.assumptions.push(`the km come from the scan of ${figures.exportDate}; the workforce of ${year} is taken to be the same`);
  if (unknown.length > 0) wpm.notes.push(`No tank-to-wheel factor is known for ${unknown.join(', ')}: their km are reported, their CO2 is not counted.`);
  return { wpm, exportDate: figures.exportDate };
}
