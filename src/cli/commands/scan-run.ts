import { loadGeodata, runScan } from '../../app/run-scan.js';
import { parseLocationFlags, placeLocation } from '../../app/resolve-work-locations.js';
import { loadScanSettings } from '../../adapters/config/load-scan-settings.js';
import { checkOutputPaths } from '../../adapters/write/check-output-paths.js';
import { writeCsv } from '../../adapters/write/write-csv.js';
import { UsageError } from '../../core/errors.js';
import type { RowProblem } from '../../core/ingest/types.js';
import type { EmployeeRow } from '../../core/scan/employee-row.js';
import type { WorkLocation } from '../../core/scan/scan-context.js';
import type { Output } from '../output.js';
import { renderScanSummary } from '../render/render-scan-summary.js';
import { startSpinner } from '../render/spinner.js';
import { interactiveColumnResolver } from '../prompts/resolve-columns.js';
import type { ScanFlags } from './scan.js';
import { saveScanToWorkspace, companyLocations } from './scan-save.js';

const EMPLOYEES_PREFACE = 'VERTROUWELIJK / CONFIDENTIAL: per-employee list for the employer only (AVG). Do not share; delete after use.';

/** Runs `mobiscan scan`: places the locations, scans the export, prints, writes and saves. */
export async function runScanCommand(out: Output, file: string, flags: ScanFlags): Promise<number> {
  if (!flags.location?.length && !flags.company) {
    throw new UsageError('scan needs the work location(s): --location POSTCODE (or NAME=POSTCODE, NAME=LAT,LON), or --company ID', 'see `mobiscan scan --help`');
  }
  if (flags.exportDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.exportDate)) {
    throw new UsageError(`--export-date ${flags.exportDate}: expected YYYY-MM-DD`);
  }
  checkOutputPaths({
    outputs: [...(flags.rejects ? [{ flag: '--rejects', path: flags.rejects }] : []), ...(flags.employees ? [{ flag: '--employees', path: flags.employees }] : [])],
    inputs: [file, flags.columns, flags.settings],
  });
  const spinner = startSpinner(out, 'loading settings and geodata');
  try {
    const [settings, geo, columns] = await Promise.all([
      loadScanSettings(flags.settings),
      loadGeodata(flags.dataDir),
      flags.columns ? import('../../adapters/config/read-column-overrides.js').then((m) => m.readColumnOverrides(flags.columns!)) : Promise.resolve(undefined),
    ]);
    const inputs = [...(flags.company ? await companyLocations(flags, out) : []), ...parseLocationFlags(flags.location ?? [])];
    const locations: WorkLocation[] = inputs.map((l) => placeLocation(l, geo.geocoder));
    const rejects: RowProblem[] = [];
    const employees: EmployeeRow[] = [];
    spinner.text(`scanning ${file}`);
    const run = await runScan(file, {
      locations,
      settings,
      geo,
      sheet: flags.sheet,
      columns,
      resolveMapping: out.isTTY ? interactiveColumnResolver(out, () => spinner.pause()) : undefined,
      onProblem: flags.rejects ? (p) => rejects.push(p) : undefined,
      onEmployeeRow: flags.employees ? (row) => employees.push(row) : undefined,
    });
    spinner.stop();
    if (flags.rejects) {
      await writeCsv(flags.rejects, ['row', 'column', 'code', 'severity', 'reason'], rejects.map((p) => [p.row, p.column ?? '', p.code, p.severity, p.reason]));
    }
    if (flags.employees) await writeEmployees(flags.employees, employees);
    const saved = flags.company ? await saveScanToWorkspace(flags, file, run, out) : undefined;
    out.result({ file, ingest: ingestJson(run.ingest), geodata: run.geodata, saved: saved ?? null, result: run.result }, () =>
      renderScanSummary(run, { saved, rejectsFile: flags.rejects, employeesFile: flags.employees }),
    );
    return 0;
  } finally {
    spinner.stop();
  }
}

/** The ingest summary for --json: counts and the column mapping, no values from the rows. */
function ingestJson(ingest: Awaited<ReturnType<typeof runScan>>['ingest']): object {
  const { problems, headers: _headers, ...rest } = ingest;
  return { ...rest, firstProblems: problems.slice(0, 50) };
}

async function writeEmployees(path: string, rows: EmployeeRow[]): Promise<void> {
  const header = ['personnelId', 'row', 'location', 'precision', 'distanceKm', 'band', 'mode', 'modeRule', 'commutingDaysPerYear', 'walk', 'bike', 'ebike', 'speedPedelec', 'pt', 'carpool', 'pBike', 'pEbike', 'pPt', 'ptFactor', 'carpoolGroup', 'co2KgPerYear'];
  const body = rows.map((r) => [
    r.personnelId, r.row, r.location, r.precision, r.distanceKm, r.band, r.mode, r.modeRule, r.commutingDaysPerYear,
    r.potential.walk, r.potential.bike, r.potential.ebike, r.potential.speedPedelec, r.potential.pt, r.potential.carpool,
    r.pBike, r.pEbike, r.pPt, r.ptFactor, r.carpoolGroup, r.co2KgPerYear,
  ]);
  await writeCsv(path, header, body, { preface: [EMPLOYEES_PREFACE], mode: 0o600 });
}
