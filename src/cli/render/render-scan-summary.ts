import chalk from 'chalk';
import { describeProblemCounts } from '../../core/ingest/problem-messages.js';
import type { RowProblem } from '../../core/ingest/types.js';
import type { ScanRun } from '../../app/run-scan.js';
import type { Count, ScanAggregate } from '../../core/scan/scan-result.js';
import type { ScanLocations } from '../../app/scan-locations.js';
import { formatMessage, isText, renderText } from '../../core/i18n/index.js';
import type { SavedScan } from '../commands/scan-save.js';
import { scenarioCarDrivers } from '../../core/report/scan-figures.js';
import { renderTable } from '../../core/format/table.js';
import { cliLang, cliT } from '../cli-lang.js';
import { scanSummaryMessages } from './scan-summary-messages.js';
import { formatIsoDate } from '../../core/format/format-date.js';

const POTENTIAL_KEYS = { walk: 'modeWalk', bike: 'modeBike', ebike: 'modeEbike', speedPedelec: 'modeSpeedPedelec', pt: 'modePt', carpool: 'modeCarpool' } as const;

/** Whole numbers and shares in the terminal's language: 3.002 and 57,1% in Dutch, 3,002 and 57.1% in English. */
const int = (n: number): string => formatMessage(cliLang(), '{n, number, ::.}', { n: Math.round(n) });
const pct = (n: number): string => formatMessage(cliLang(), '{n, number, ::percent .0}', { n });
const count = (n: Count, threshold: number): string => (n === null ? `<${threshold}` : int(n));

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
  if (!run.geodata) lines.push(chalk.dim(t('builtInPostcodes', { snapshot: formatIsoDate(run.builtInPostcodes.snapshot, cliLang()) })));
  if (files.places) lines.push(...describePlaces(files.places));
  if (o.modesEstimated > 0) lines.push(chalk.yellow(t('modesEstimated', { n: o.modesEstimated })));
  lines.push('', renderLocations(result.locations, o));
  lines.push('', chalk.bold(t('inReachTitle')));
  lines.push(
    renderTable(
      [t('colMode'), t('colInReach'), t('colSwitchers')],
      (Object.keys(POTENTIAL_KEYS) as (keyof typeof POTENTIAL_KEYS)[]).map((m) => {
        const scenario = scenarioCarDrivers(result, m);
        return [t(POTENTIAL_KEYS[m]), count(o.inReach[m].carCommuters, threshold), scenario === null ? '–' : int(scenario)];
      }),
      ['left', 'right', 'right'],
    ),
  );
  lines.push('', chalk.bold(t('scenarioTitle')));
  lines.push(...renderScenario(o));
  lines.push(...renderPeakAndCo2(run));
  if (result.unmatchedLocations.length > 0) {
    const shown = result.unmatchedLocations.filter((u) => !u.suppressed);
    const hidden = result.unmatchedLocations.length - shown.length;
    const listed = [...shown.slice(0, 5).map((u) => `"${u.value}" (${count(u.employees, threshold)})`), ...(hidden > 0 ? [t('unmatchedHidden', { hidden, threshold })] : [])].join(', ');
    lines.push(chalk.yellow(t('unmatched', { list: listed })));
  }
  lines.push(...renderRejects(run, files.rejectsFile));
  if (files.employeesFile) lines.push(chalk.red(t('employeesFile', { file: files.employeesFile })));
  if (files.saved) {
    const s = files.saved;
    if (s.replaced !== undefined) lines.push(t('savedReplacing', { id: s.scanId, company: s.company, date: formatIsoDate(s.exportDate, cliLang()), replaced: s.replaced }));
    else lines.push(s.created ? t('saved', { id: s.scanId, company: s.company, date: formatIsoDate(s.exportDate, cliLang()) }) : t('savedBefore', { id: s.scanId, company: s.company }));
  }
  lines.push(chalk.dim(t('suppressed', { threshold })));
  return lines.join('\n');
}

/** Peak car trips per working day, the scenario's avoidances, CO2 and the train caveat. */
function renderPeakAndCo2(run: ScanRun): string[] {
  const t = cliT(scanSummaryMessages);
  const { result } = run;
  const o = result.overall;
  const peak = o.peak;
  const lines = [
    '',
    t('peak', {
      morning: Math.round(peak.carTripsPerDay.morning),
      evening: Math.round(peak.carTripsPerDay.evening),
      presence: pct(result.method.fullTimerTripsPerWorkingDay),
      days: result.method.workingDaysPerYear,
      year: String(result.method.year),
    }),
    t('peakAvoided', { avoided: Math.round(peak.avoidedCarTripsPerDay.total) }),
  ];
  const co2 = o.co2KgPerYear;
  lines.push(t('co2', { now: co2.now / 1000, after: co2.after / 1000, change: co2.now > 0 ? (co2.after - co2.now) / co2.now : 0 }));
  const pt = result.dataQuality.ptEstimate;
  const noTrain = pt.noStations + pt.sameStation + pt.stationTooFar + pt.stationsTooClose;
  if (noTrain > 0) lines.push(chalk.dim(t('noTrain', { n: noTrain })));
  return lines;
}

/** Rejected rows by kind, the first few with row and column, and values dropped from kept rows. */
function renderRejects(run: ScanRun, rejectsFile: string | undefined): string[] {
  const t = cliT(scanSummaryMessages);
  const { ingest } = run;
  const lines: string[] = [];
  const lang = cliLang();
  const reasonOf = (p: RowProblem) => renderText(p.reason, lang);
  if (Object.keys(ingest.rejectsByCode).length > 0) {
    lines.push('', t('rejected', { list: describeProblemCounts(ingest.rejectsByCode, lang) }));
    for (const problem of ingest.problems.filter((x) => x.severity === 'error').slice(0, 5)) {
      // a header is quoted ('kolom "Postcode"'); a column without one is named by its place ('kolom 3')
      const at = problem.column === undefined || problem.column === '' ? null : isText(problem.column) ? 'problemAtPlace' : 'problemAt';
      lines.push(chalk.dim(at ? t(at, { row: problem.row, column: problem.column!, reason: reasonOf(problem) }) : t('problemRow', { row: problem.row, reason: reasonOf(problem) })));
    }
    lines.push(chalk.dim(rejectsFile ? t('rejectsWritten', { file: rejectsFile }) : t('rejectsFlag')));
  }
  if (Object.keys(ingest.warningsByCode).length > 0) lines.push(t('dropped', { list: describeProblemCounts(ingest.warningsByCode, lang) }));
  return lines;
}

/** The Dutch-level scenario in three lines: cyclists now and extra, PT and carpool. */
function renderScenario(o: ScanAggregate): string[] {
  const t = cliT(scanSummaryMessages);
  const sc = o.scenario;
  const r = Math.round;
  const lines = [
    t('scenarioCycling', { now: r(sc.cyclistsNow), commuters: r(sc.commuters) }),
    t('scenarioExtraCyclists', { goDutch: r(sc.goDutch.extraCyclists), withEbike: r(sc.goDutch.extraCyclists + sc.ebike.extraCyclists), drivers: r(sc.goDutch.carDrivers + sc.ebike.carDrivers) }),
    t('scenarioPt', { users: r(sc.pt.extraUsers), drivers: r(sc.pt.carDrivers), carpool: r(sc.carpool.carDrivers) }),
  ];
  if (sc.groups > 0 && sc.groupsAtDutchLevel === sc.groups) lines.push(t('scenarioAllDutch'));
  else if (sc.groupsAtDutchLevel > 0) lines.push(chalk.dim(t('scenarioSomeDutch', { some: sc.groupsAtDutchLevel, groups: sc.groups })));
  return lines;
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
    int(a.peak.carTripsPerDay.total),
    int(a.peak.avoidedCarTripsPerDay.total),
  ];
  const rows = locations.map((l) => row(l.name, l));
  rows.push(row(chalk.bold(t('allEmployees')), overall));
  return renderTable([t('colLocation'), t('colEmployees'), t('colCar'), t('colCarShare'), t('colPeakTrips'), t('colAvoidable')], rows, ['left', 'right', 'right', 'right', 'right', 'right']);
}
