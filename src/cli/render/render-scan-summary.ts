import chalk from 'chalk';
import type { ScanRun } from '../../app/run-scan.js';
import type { Count, ScanAggregate } from '../../core/scan/scan-result.js';
import type { ScanLocations } from '../../app/scan-locations.js';
import type { SavedScan } from '../commands/scan-save.js';
import { scenarioCarDrivers } from '../../core/report/scan-figures.js';
import { formatDecimal, formatInt, formatPct } from '../../core/format/format-nl.js';
import { renderTable } from '../../core/format/table.js';

const POTENTIAL_LABELS = { walk: 'walk', bike: 'bike', ebike: 'e-bike', speedPedelec: 'speed pedelec', pt: 'public transport', carpool: 'carpool' } as const;

const count = (n: Count, threshold: number): string => (n === null ? `<${threshold}` : formatInt(n));

/** The compact terminal summary of a scan: data quality, locations, potential, peak and CO2. */
export function renderScanSummary(run: ScanRun, files: { saved?: SavedScan; rejectsFile?: string; employeesFile?: string; places?: ScanLocations }): string {
  const { ingest, result } = run;
  const threshold = result.suppression?.threshold ?? 5;
  const o = result.overall;
  const lines: string[] = [];
  lines.push(chalk.bold(`${ingest.file}: ${formatInt(o.employees)} employees scanned`));
  const skipped = ingest.rowsEmpty > 0 ? `, ${formatInt(ingest.rowsEmpty)} empty skipped` : '';
  lines.push(`rows: ${formatInt(ingest.rowsRead)} read, ${formatInt(ingest.rowsUsed)} used, ${formatInt(ingest.rowsRejected)} rejected${skipped}`);
  const p = result.dataQuality.precision;
  lines.push(`homes placed: ${formatInt(p.pc6)} by PC6, ${formatInt(p.pc4)} by PC4, ${formatInt(p.place)} by place name, ${formatInt(p['distance-only'])} by HR distance only, ${formatInt(p.none)} not at all`);
  if (!run.geodata) {
    lines.push(chalk.dim(`postcodes: the built-in PC4 table (GeoNames, ${run.builtInPostcodes.snapshot}); for PC6 precision or newer postcodes see \`mobiscan geodata import --help\``));
  }
  if (files.places) lines.push(...describePlaces(files.places));
  if (o.modesEstimated > 0) {
    lines.push(chalk.yellow(`current mode ESTIMATED for ${formatInt(o.modesEstimated)} employees: the export does not give it, so it comes from national shares by distance (CBS); car commuters, peak trips and CO2 are estimates`));
  }
  lines.push('', renderLocations(result.locations, o, threshold));
  lines.push('', chalk.bold('In reach: car commuters by distance (head counts, no behaviour assumed)'));
  lines.push(
    renderTable(
      ['alternative', 'car commuters in reach', 'of whom switch at a Dutch level'],
      (Object.keys(POTENTIAL_LABELS) as (keyof typeof POTENTIAL_LABELS)[]).map((m) => {
        const scenario = scenarioCarDrivers(result, m);
        return [POTENTIAL_LABELS[m], count(o.inReach[m].carCommuters, threshold), scenario === null ? '–' : formatInt(Math.round(scenario))];
      }),
      ['left', 'right', 'right'],
    ),
  );
  lines.push('', chalk.bold('Scenario: at a Dutch cycling level (PCT Go Dutch, the e-bike on top) and the PT level of the estimated travel time'));
  lines.push(...renderScenario(o));
  const peak = o.peak;
  const presence = formatPct(result.method.fullTimerTripsPerWorkingDay);
  lines.push('', `peak car trips per working day: ${formatInt(Math.round(peak.carTripsPerDay.morning))} morning, ${formatInt(Math.round(peak.carTripsPerDay.evening))} evening (a full-timer drives on ${presence} of the ${formatInt(result.method.workingDaysPerYear)} working days of ${result.method.year})`);
  lines.push(`at a Dutch cycling level ${formatInt(Math.round(peak.avoidedCarTripsPerDay.total))} of them would go a day: a scenario, not a forecast of what a measure does`);
  const co2 = o.co2KgPerYear;
  const change = co2.now > 0 ? (co2.after - co2.now) / co2.now : 0;
  lines.push(`CO2 of commuting: ${formatDecimal(co2.now / 1000)} t a year now, ${formatDecimal(co2.after / 1000)} t at a Dutch cycling level (${formatPct(change)})`);
  const pt = result.dataQuality.ptEstimate;
  const noTrain = pt.noStations + pt.sameStation + pt.stationTooFar + pt.stationsTooClose;
  if (noTrain > 0) lines.push(chalk.dim(`no train connection for ${formatInt(noTrain)} employees (bus, tram and metro are not in the station table: that is not "no public transport")`));
  if (result.unmatchedLocations.length > 0) {
    const shown = result.unmatchedLocations.filter((u) => !u.suppressed);
    const hidden = result.unmatchedLocations.length - shown.length;
    const listed = [
      ...shown.slice(0, 5).map((u) => `"${u.value}" (${count(u.employees, threshold)})`),
      ...(hidden > 0 ? [`${hidden} other value(s), each of fewer than ${threshold} employees (not shown)`] : []),
    ].join(', ');
    lines.push(chalk.yellow(`work locations in the export that match no location: ${listed}; add them with --location NAME=... using the names in the export`));
  }
  const rejects = Object.entries(ingest.rejectsByCode).sort((a, b) => b[1] - a[1]);
  if (rejects.length > 0) {
    lines.push('', `rejected rows: ${rejects.map(([code, n]) => `${n}x ${code}`).join(', ')}`);
    for (const problem of ingest.problems.filter((x) => x.severity === 'error').slice(0, 5)) {
      lines.push(chalk.dim(`  row ${problem.row}${problem.column ? `, column "${problem.column}"` : ''}: ${problem.reason}`));
    }
    lines.push(chalk.dim(files.rejectsFile ? `  all of them: ${files.rejectsFile}` : '  --rejects FILE lists all of them'));
  }
  const warnings = Object.entries(ingest.warningsByCode).sort((a, b) => b[1] - a[1]);
  if (warnings.length > 0) lines.push(`values dropped but rows kept: ${warnings.map(([code, n]) => `${n}x ${code}`).join(', ')}`);
  if (files.employeesFile) lines.push(chalk.red(`CONFIDENTIAL per-employee list written to ${files.employeesFile}: for the employer only`));
  if (files.saved) {
    const s = files.saved;
    if (s.replaced !== undefined) lines.push(`saved as scan ${s.scanId} of ${s.company} (export of ${s.exportDate}), replacing scan ${s.replaced}`);
    else lines.push(s.created ? `saved as scan ${s.scanId} of ${s.company} (export of ${s.exportDate})` : `this export was saved before (scan ${s.scanId} of ${s.company}); nothing added; add --replace to replace it`);
  }
  lines.push(chalk.dim(`small groups (<${threshold}) are suppressed; --json gives the full result with every setting and its source`));
  return lines.join('\n');
}

function renderScenario(o: ScanAggregate): string[] {
  const sc = o.scenario;
  const whole = (x: number): string => formatInt(Math.round(x));
  const lines = [
    `  cycling now ${whole(sc.cyclistsNow)} of ${whole(sc.commuters)} employees with a known distance`,
    `  extra cyclists: ${whole(sc.goDutch.extraCyclists)} at the Go Dutch level, ${whole(sc.goDutch.extraCyclists + sc.ebike.extraCyclists)} with e-bikes; of whom driving now ${whole(sc.goDutch.carDrivers + sc.ebike.carDrivers)}`,
    `  extra PT users: ${whole(sc.pt.extraUsers)}, of whom driving now ${whole(sc.pt.carDrivers)}; carpool passengers ${whole(sc.carpool.carDrivers)}`,
  ];
  if (sc.groups > 0 && sc.groupsAtDutchLevel === sc.groups) lines.push('  cycling is already at the Dutch level: no extra cyclists are to be expected at these distances');
  else if (sc.groupsAtDutchLevel > 0) lines.push(chalk.dim(`  ${sc.groupsAtDutchLevel} of ${sc.groups} location x distance groups already cycle at the Dutch level`));
  return lines;
}

const PRECISION = { coordinates: 'coordinates', pc6: 'PC6', pc4: 'PC4 centroid', place: 'place name: the town centre' } as const;

/** Where the work locations came from and how precisely they were placed. */
function describePlaces(places: ScanLocations): string[] {
  const list = places.locations.map((l) => `${l.name} (${PRECISION[l.precision]}${l.ambiguous ? ', more places have this name' : ''})`).join(', ');
  const lines = [places.source === 'export' ? `work locations from the export's column "${places.column}": ${list}` : `work locations: ${list}`];
  if (places.locations.some((l) => l.precision === 'place' || l.precision === 'pc4')) {
    lines.push(chalk.dim('  distances to a location placed by place name or PC4 are off by up to a few km; --location "NAME=POSTCODE" (PC6) or "NAME=LAT,LON" is exact'));
  }
  for (const u of places.leftOut ?? []) lines.push(chalk.yellow(`  "${u.value}" (${formatInt(u.employees)} rows) was left without a location`));
  return lines;
}

function renderLocations(locations: ScanRun['result']['locations'], overall: ScanAggregate, threshold: number): string {
  const row = (name: string, a: ScanAggregate): string[] => [
    name,
    formatInt(a.employees),
    formatInt(a.carCommuters),
    a.employees > 0 ? formatPct(a.carCommuters / a.employees) : '–',
    formatInt(Math.round(a.peak.carTripsPerDay.total)),
    formatInt(Math.round(a.peak.avoidedCarTripsPerDay.total)),
  ];
  const rows = locations.map((l) => row(l.name, l));
  rows.push(row(chalk.bold('all employees'), overall));
  void threshold;
  return renderTable(['location', 'employees', 'car', 'car share', 'peak car trips/working day', 'fewer at a Dutch level'], rows, ['left', 'right', 'right', 'right', 'right', 'right']);
}
