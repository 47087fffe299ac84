import { assertLocationsMatch } from '../../app/check-location-match.js';
import { loadGeodata, runScan } from '../../app/run-scan.js';
import { parseLocationFlags } from '../../app/resolve-work-locations.js';
import { resolveScanLocations } from '../../app/scan-locations.js';
import { isIsoDate } from '../../core/track/calendar-date.js';
import { loadScanSettings } from '../../adapters/config/load-scan-settings.js';
import { checkOutputPaths } from '../../adapters/write/check-output-paths.js';
import { writeCsv } from '../../adapters/write/write-csv.js';
import { UsageError } from '../../core/errors.js';
import { scanFlagMessages } from './scan-flag-messages.js';
import { parseColumnsFlag } from '../../core/ingest/parse-columns-flag.js';
import type { RowProblem } from '../../core/ingest/types.js';
import type { EmployeeRow } from '../../core/scan/employee-row.js';
import type { Output } from '../output.js';
import { renderScanSummary } from '../render/render-scan-summary.js';
import { startSpinner } from '../render/spinner.js';
import { interactiveColumnResolver } from '../prompts/resolve-columns.js';
import { askLocation } from '../prompts/ask-location.js';
import { printNext } from '../render/next-step.js';
import { cliLang, cliT } from '../cli-lang.js';
import { renderText, text } from '../../core/i18n/index.js';
import { rejectsFileMessages } from './rejects-file-messages.js';
import { firstContactMessages as fc } from './first-contact-messages.js';
import type { ScanFlags } from './scan.js';
import { saveScanToWorkspace, companyLocations } from './scan-save.js';

const EMPLOYEES_PREFACE = 'VERTROUWELIJK / CONFIDENTIAL: per-employee list for the employer only (AVG). Do not share; delete after use.';

/** Runs `mobiscan scan`: places the locations, scans the export, prints, writes and saves. */
export async function runScanCommand(out: Output, file: string, flags: ScanFlags): Promise<number> {
  if (flags.exportDate !== undefined && !isIsoDate(flags.exportDate)) {
    throw new UsageError(text(fc, 'badExportDate', { value: flags.exportDate }));
  }
  // --replace acts on the saved scan of a member; without --company nothing is saved, so it would do nothing.
  if (flags.replace === true && flags.company === undefined) {
    throw new UsageError(text(scanFlagMessages, 'replaceNeedsCompany'), text(scanFlagMessages, 'replaceNeedsCompanyHint'));
  }
  checkOutputPaths({
    outputs: [...(flags.rejects ? [{ flag: '--rejects', path: flags.rejects }] : []), ...(flags.employees ? [{ flag: '--employees', path: flags.employees }] : [])],
    inputs: [file, parseColumnsFlag(flags.columns).file, flags.settings],
  });
  const spinner = startSpinner(out, 'loading settings and geodata');
  try {
    const [settings, geo, columns] = await Promise.all([
      loadScanSettings(flags.settings),
      loadGeodata(flags.dataDir),
      import('../../adapters/config/read-columns-flag.js').then((m) => m.readColumnsFlag(flags.columns)),
    ]);
    const requests = [...(flags.company ? await companyLocations(flags, out) : []), ...parseLocationFlags(flags.location ?? [])];
    if (requests.length === 0) spinner.text(`reading the work locations of ${file}`);
    const places = await resolveScanLocations(file, requests, geo.geocoder, {
      sheet: flags.sheet,
      columns,
      ask: out.isTTY ? askLocation(geo.geocoder, () => spinner.pause()) : undefined,
    });
    const locations = places.locations;
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
      ...(flags.exportDate !== undefined && { year: Number(flags.exportDate.slice(0, 4)) }),
    });
    spinner.stop();
    for (const note of run.ingest.notes) out.warn(note); // e.g. lines in a second text encoding, found while reading
    const mismatch = assertLocationsMatch(run.result, file, flags.company !== undefined);
    if (flags.rejects) {
      await writeRejects(flags.rejects, rejects);
    }
    if (flags.employees) await writeEmployees(flags.employees, employees);
    const saved = flags.company ? await saveScanToWorkspace(flags, file, run, out) : undefined;
    const workLocations = { source: places.source, column: places.column ?? null, leftOut: places.leftOut ?? [], locations: locations.map(({ name, postcode, lat, lon, precision, ambiguous }) => ({ name, postcode: postcode ?? null, lat, lon, precision, ambiguous: ambiguous === true })) };
    out.result({ file, ingest: ingestJson(run.ingest), geodata: run.geodata, builtInPostcodes: run.builtInPostcodes, workLocations, saved: saved ?? null, result: run.result }, () =>
      renderScanSummary(run, { saved, rejectsFile: flags.rejects, employeesFile: flags.employees, places }),
    );
    const t = cliT(fc);
    if (mismatch) out.warn(t('someUnmatched', { unmatched: mismatch.unmatched, employees: mismatch.employees }));
    printNext(out, saved ? t('nextReport', { company: saved.company }) : t('nextSave', { file: quote(file) }));
    return 0;
  } finally {
    spinner.stop();
  }
}

function quote(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `"${path}"`;
}

/** The ingest summary for --json: counts and the column mapping, no values from the rows. */
function ingestJson(ingest: Awaited<ReturnType<typeof runScan>>['ingest']): object {
  const { problems, headers: _headers, ...rest } = ingest;
  return { ...rest, firstProblems: problems.slice(0, 50) };
}

/** The rejects file an advisor opens: headers, consequence and reason in the run's language; the code stays stable. */
async function writeRejects(path: string, rejects: readonly RowProblem[]): Promise<void> {
  const t = cliT(rejectsFileMessages);
  const lang = cliLang();
  const header = [t('row'), t('column'), t('code'), t('severity'), t('reason')];
  await writeCsv(path, header, rejects.map((p) => [p.row, p.column === undefined ? '' : renderText(p.column, lang), p.code, t(p.severity), renderText(p.reason, lang)]));
}

async function writeEmployees(path: string, rows: EmployeeRow[]): Promise<void> {
  const header = ['personnelId', 'row', 'location', 'precision', 'distanceKm', 'band', 'mode', 'modeRule', 'commutingDaysPerYear', 'walk', 'bike', 'ebike', 'speedPedelec', 'pt', 'carpool', 'pGoDutch', 'pEbike', 'ptShare', 'ptFactor', 'carpoolGroup', 'co2KgPerYear'];
  const body = rows.map((r) => [
    r.personnelId, r.row, r.location, r.precision, r.distanceKm, r.band, r.mode, r.modeRule, r.commutingDaysPerYear,
    r.potential.walk, r.potential.bike, r.potential.ebike, r.potential.speedPedelec, r.potential.pt, r.potential.carpool,
    r.pGoDutch, r.pEbike, r.ptShare, r.ptFactor, r.carpoolGroup, r.co2KgPerYear,
  ]);
  await writeCsv(path, header, body, { preface: [EMPLOYEES_PREFACE], mode: 0o600 });
}
