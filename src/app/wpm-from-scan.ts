import type { ScanRecord } from '../adapters/store/workspace.js';
import type { Co2FactorFile } from '../core/settings/co2-factor-schema.js';
import { noonUtc } from '../core/track/calendar-date.js';
import { co2FactorsForBasis } from '../core/track/co2-factors-for-basis.js';
import { text } from '../core/i18n/index.js';
import { wpmCommuting, type WpmCommuting, type WpmOutReason } from '../core/track/wpm-commuting.js';
import { wpmNoteMessages } from '../core/track/wpm-note-messages.js';
import { scanFigures } from './scan-figures.js';

/** The WPM commuting table of one year from a saved scan, with its scope and assumptions; null for an unreadable scan. */
export function wpmFromScan(scan: ScanRecord, factorFile: Co2FactorFile, year: number): { wpm: WpmCommuting; exportDate: string } | null {
  const figures = scanFigures(scan);
  if (!figures) return null;
  const { factors, unknown } = co2FactorsForBasis(factorFile, 'ttw');
  const scope = figures.wpmScope;
  const km = scope?.kmPerYear ?? figures.kmPerYear;
  const outReasons = [
    ...(scope ? [{ reason: 'no-allowance' as WpmOutReason, count: scope.outOfScope.noAllowance }, { reason: 'allowance-unknown' as WpmOutReason, count: scope.outOfScope.allowanceUnknown }] : []),
    { reason: 'rows-unreadable' as WpmOutReason, count: figures.rowsRejected },
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
  if (!scope) wpm.assumptions.push(text(wpmNoteMessages, 'scopeOldScan'));
  else if (scope.basis === 'everyone') wpm.assumptions.push(text(wpmNoteMessages, 'scopeEveryone'));
  else wpm.notes.push(text(wpmNoteMessages, 'scopeFromExport'));
  if (figures.year !== year) wpm.assumptions.push(text(wpmNoteMessages, 'otherYear', { date: noonUtc(figures.exportDate), year: String(year) }));
  if (unknown.length > 0) wpm.notes.push(text(wpmNoteMessages, 'noTtwFactor', { what: unknown.join(', ') }));
  return { wpm, exportDate: figures.exportDate };
}
