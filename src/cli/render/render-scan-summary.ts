import chalk from 'chalk';
import type { ScanRun } from '../../app/run-scan.js';
import type { Count, ScanAggregate } from '../../core/scan/scan-result.js';
import type { ScanLocations } from '../../app/scan-locations.js';
import { formatMessage } from '../../core/i18n/index.js';
import type { SavedScan } from '../commands/scan-save.js';
import { renderTable } from '../../core/format/table.js';
import { cliLang, cliT } from '../cli-lang.js';
import { scanSummaryMessages } from './scan-summary-messages.js';

const POTENTIAL_KEYS = { walk: 'modeWalk', bike: 'modeBike', ebike: 'modeEbike', speedPedelec: 'modeSpeedPedelec', pt: 'modePt', carpool: 'modeCarpool' } as const;

/** Numbers in the terminal's language: 3.002 and 57,1% in Dutch, 3,002 and 57.1% in English. */
const int = (n: number): string => formatMessage(cliLang(), '{n, number, ::.}', { n });
const dec = (n: number): string => formatMessage(cliLang(), '{n, number, ::.0}', { n });
const pct = (n: number): string => formatMessage(cliLang(), '{n, number, ::percent .0}', { n });
const count = (n: Count, threshold: number): string => (n === null ? `<${threshold}` : int(n));
/** A date as the reader writes it: 12-04-2024 in Dutch, 2024-04-12 in English. */
const date = (iso: string): string => (cliLang() === 'nl' ? iso.split('-').reverse().join('-') : iso);

/** The compact terminal summary of a scan: data quality, locations, potential, peak and CO2. */
export function renderScanSummary(run: ScanRun, files: { saved?: SavedScan; rejectsFile?: string; employeesFile?: string; places?: ScanLocations }): string {
  const t = cliT(scanSummaryMessages);
  const { ingest, result } = run;
  const threshold = result.suppression?.threshold ?? 5;
  const o = result.overall;
  const lines: string[] = [];
  lines.push(chalk.bold(t('title', { file: ingest.file, employees: o.employees })));
  const skipped = ingest.rowsEmpty > 0 ? t('rowsEmpty', { empty: ingest.rowsEmpty }) : '';
  lines.push(t('rows', { read: ingest.rowsRead, used: ingest.rowsUsed, rejected: ingest.rowsRejected }) + skipped);
  const p = result.dataQuality.precision;
  lines.push(t('homes', { pc6: p.pc6, pc4: p.pc4, place: p.place, distance: p['distance-only'], none: p.none }));
  if (!run.geodata) lines.push(chalk.dim(t('builtInPostcodes', { snapshot: date(run.builtInPostcodes.snapshot) })));
  if (files.places) lines.push(...describePlaces(files.places));
  lines.push('', renderLocations(result.locations, o));
  lines.push('', chalk.bold(t('potentialTitle')));
  lines.push(
    renderTable(
      [t('colMode'), t('colInReach'), t('colSwitchers')],
      (Object.keys(POTENTIAL_KEYS) as (keyof typeof POTENTIAL_KEYS)[]).map((m) => {
        const pot = o.potential[m];
        return [t(POTENTIAL_KEYS[m]), count(pot.carCommuters, threshold), pot.expectedSwitchers === null ? '–' : dec(pot.expectedSwitchers)];
      }),
      ['left', 'right', 'right'],
    ),
  );
  const peak = o.peak;
  lines.push('', t('peak', { morning: peak.carTripsPerDay.morning, evening: peak.carTripsPerDay.evening, avoided: peak.avoidedCarTripsPerDay.total }));
  const co2 = o.co2KgPerYear;
  lines.push(t('co2', { now: co2.now / 1000, after: co2.after / 1000, change: co2.now > 0 ? (co2.after - co2.now) / co2.now : 0 }));
  if (result.unmatchedLocations.length > 0) {
    const listed = result.unmatchedLocations.slice(0, 5).map((u) => `"${u.value}" (${count(u.employees, threshold)})`).join(', ');
    lines.push(chalk.yellow(t('unmatched', { list: listed })));
  }
  const rejects = Object.entries(ingest.rejectsByCode).sort((a, b) => b[1] - a[1]);
  if (rejects.length > 0) {
    lines.push('', t('rejected', { list: rejects.map(([code, n]) => `${n}x ${code}`).join(', ') }));
    for (const problem of ingest.problems.filter((x) => x.severity === 'error').slice(0, 5)) {
      lines.push(chalk.dim(problem.column ? t('problemAt', { row: problem.row, column: problem.column, reason: problem.reason }) : t('problemRow', { row: problem.row, reason: problem.reason })));
    }
    lines.push(chalk.dim(files.rejectsFile ? t('rejectsWritten', { file: files.rejectsFile }) : t('rejectsFlag')));
  }
  const warnings = Object.entries(ingest.warningsByCode).sort((a, b) => b[1] - a[1]);
  if (warnings.length > 0) lines.push(t('dropped', { list: warnings.map(([code, n]) => `${n}x ${code}`).join(', ') }));
  if (files.employeesFile) lines.push(chalk.red(t('employeesFile', { file: files.employeesFile })));
  if (files.saved) {
    const s = files.saved;
    if (s.replaced !== undefined) lines.push(`saved as scan ${s.scanId} of ${s.company} (export of ${s.exportDate}), replacing scan ${s.replaced}`);
    else lines.push(s.created ? t('saved', { id: s.scanId, company: s.company, date: date(s.exportDate) }) : `${t('savedBefore', { id: s.scanId, company: s.company })}; --replace`);
  }
  lines.push(chalk.dim(t('suppressed', { threshold })));
  return lines.join('\n');
}

/** Where the work locations came from and how precisely they were placed. */
function describePlaces(places: ScanLocations): string[] {
  const t = cliT(scanSummaryMessages);
  const list = places.locations.map((l) => t('locationItem', { name: l.name, precision: l.precision, ambiguous: l.ambiguous ? 'yes' : 'no' })).join(', ');
  const lines = [places.source === 'export' ? t('locationsFromColumn', { column: places.column ?? '', list }) : t('locationsGiven', { list })];
  if (places.locations.some((l) => l.precision === 'place' || l.precision === 'pc4')) lines.push(chalk.dim(t('precisionNote')));
  for (const u of places.leftOut ?? []) lines.push(chalk.yellow(t('leftOut', { value: u.value, rows: u.employees })));
  return lines;
}

function renderLocations(locations: ScanRun['result']['locations'], overall: ScanAggregate): string {
  const t = cliT(scanSummaryMessages);
  const row = (name: string, a: ScanAggregate): string[] => [
    name,
    int(a.employees),
    int(a.carCommuters),
    a.employees > 0 ? pct(a.carCommuters / a.employees) : '–',
    dec(a.peak.carTripsPerDay.total),
    dec(a.peak.avoidedCarTripsPerDay.total),
  ];
  const rows = locations.map((l) => row(l.name, l));
  rows.push(row(chalk.bold(t('allEmployees')), overall));
  return renderTable([t('colLocation'), t('colEmployees'), t('colCar'), t('colCarShare'), t('colPeakTrips'), t('colAvoidable')], rows, ['left', 'right', 'right', 'right', 'right', 'right']);
}
