import chalk from 'chalk';
import type { ScanRun } from '../../app/run-scan.js';
import type { Count, ScanAggregate } from '../../core/scan/scan-result.js';
import type { ScanLocations } from '../../app/scan-locations.js';
import type { SavedScan } from '../commands/scan-save.js';
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
  lines.push('', renderLocations(result.locations, o, threshold));
  lines.push('', chalk.bold('Potential among car commuters'));
  lines.push(
    renderTable(
      ['mode', 'in reach', 'expected switchers'],
      (Object.keys(POTENTIAL_LABELS) as (keyof typeof POTENTIAL_LABELS)[]).map((m) => {
        const pot = o.potential[m];
        return [POTENTIAL_LABELS[m], count(pot.carCommuters, threshold), pot.expectedSwitchers === null ? '–' : formatDecimal(pot.expectedSwitchers)];
      }),
      ['left', 'right', 'right'],
    ),
  );
  const peak = o.peak;
  lines.push('', `peak car trips a day: ${formatDecimal(peak.carTripsPerDay.morning)} morning, ${formatDecimal(peak.carTripsPerDay.evening)} evening; the potential would avoid ${formatDecimal(peak.avoidedCarTripsPerDay.total)} a day (spitsmijdingen)`);
  const co2 = o.co2KgPerYear;
  const change = co2.now > 0 ? (co2.after - co2.now) / co2.now : 0;
  lines.push(`CO2 of commuting: ${formatDecimal(co2.now / 1000)} t a year now, ${formatDecimal(co2.after / 1000)} t after the expected switches (${formatPct(change)})`);
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
    formatDecimal(a.peak.carTripsPerDay.total),
    formatDecimal(a.peak.avoidedCarTripsPerDay.total),
  ];
  const rows = locations.map((l) => row(l.name, l));
  rows.push(row(chalk.bold('all employees'), overall));
  void threshold;
  return renderTable(['location', 'employees', 'car', 'car share', 'peak car trips/day', 'avoidable/day'], rows, ['left', 'right', 'right', 'right', 'right', 'right']);
}
