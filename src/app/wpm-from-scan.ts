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
  const scope = figures.wpmScope;
  const km = scope?.kmPerYear ?? figures.kmPerYear;
  const outReasons = [
    ...(scope ? [{ reason: 'no travel allowance or PT pass', count: scope.outOfScope.noAllowance }, { reason: 'travel allowance not known', count: scope.outOfScope.allowanceUnknown }] : []),
    { reason: 'rows of the HR export that could not be read', count: figures.rowsRejected },
  ].filter((r) => r.count > 0);
  const wpm = wpmCommuting(
    km.map((k) => ({ mode: k.mode, ...(k.fuel !== null && k.fuel !== 'onbekend' && { fuel: k.fuel }), km: k.km })),
    factors,
    {
      year,
      inScope: scope?.inScope ?? figures.employees,
      outOfScope: outReasons.reduce((sum, r) => sum + r.count, 0),
      ...(outReasons.length > 0 && { outReasons }),
    },
  );
  if (!scope) wpm.assumptions.push('this scan was saved before mobiscan recorded travel allowances: every scanned employee counts as in scope; scan the export again for the exact scope');
  else if (scope.basis === 'everyone') wpm.assumptions.push('the HR export has no travel-allowance column: every scanned employee counts as in scope; check this against who receives an allowance or a PT pass');
  else wpm.notes.push('In scope: employees with a km or PT allowance (or a PT pass) and lease-car drivers, as the HR export says.');
  if (figures.year !== year) wpm.assumptions.push(`the km come from the scan of ${figures.exportDate}; the workforce of ${year} is taken to be the same`);
  if (unknown.length > 0) wpm.notes.push(`No tank-to-wheel factor is known for ${unknown.join(', ')}: their km are reported, their CO2 is not counted.`);
  return { wpm, exportDate: figures.exportDate };
}
