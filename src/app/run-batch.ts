import { availableParallelism } from 'node:os';
import { readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { fileDate, hashFile } from '../adapters/files/hash-file.js';
import type { Workspace } from '../adapters/store/workspace.js';
import { createWorkerPool, type WorkerPool } from '../adapters/workers/worker-pool.js';
import { rebuildError } from '../adapters/workers/rebuild-error.js';
import { workerScript } from '../adapters/workers/worker-script.js';
import { ConfigError, InputError, UsageError } from '../core/errors.js';
import type { ColumnOverrides } from '../core/ingest/types.js';
import { isCompanyReportFile } from '../core/report/report-file-base.js';
import type { Lang } from '../core/report/report-model.js';
import { assertLocationsMatch } from './check-location-match.js';
import { allianceReportModel } from './alliance-report.js';
import { runBatchTask, type BatchTask, type ScanTaskResult } from './batch-tasks.js';
import { companyReportModel, type ReportResources } from './company-report.js';
import { findExportsInDir, findExportsInManifest } from './find-member-exports.js';
import type { ReportFormat } from './report-files.js';
import { placeLocation } from './resolve-work-locations.js';
import { loadGeodata } from './run-scan.js';
import { messageLang, renderText, text } from '../core/i18n/index.js';
import { userErrorMessages as um } from '../core/user-error-messages.js';

export interface BatchOptions {
  exportsDir?: string;
  manifest?: string;
  outDir: string;
  formats: ReportFormat[];
  /** The reports' language (the resources are loaded in it). */
  lang: Lang;
  force: boolean;
  dataDir?: string;
  settingsPath?: string;
  /** A column mapping for every export (`--columns`); a member's mapping in the manifest wins. */
  columns?: ColumnOverrides;
  /** Worker threads; 0 runs everything in this thread. Default: the cores, at most 4. */
  jobs?: number;
  onProgress?: (event: { member: string; step: 'scan' | 'report' | 'done' | 'failed'; index: number; of: number }) => void;
}

/** How one member fared. */
export interface MemberOutcome {
  id: string;
  name: string;
  /** 'unchanged': the export was scanned before (its reports are written again only when missing). */
  status: 'scanned' | 'unchanged' | 'no-export' | 'failed';
  export: string | null;
  employees: number | null;
  rowsRejected: number | null;
  files: string[];
  error: string | null;
}

export interface BatchOutcome {
  members: MemberOutcome[];
  allianceFiles: string[];
  /** Why the alliance report could not be written (null when it was). */
  allianceError: string | null;
  warnings: string[];
  /** Exports (file names, or manifest entries) that belong to no member of the workspace. */
  unmatchedExports: string[];
}

/** An error as one line for the summary: the message, and the hint of a user error. */
function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const hint = (error as { hint?: unknown }).hint;
  return typeof hint === 'string' && hint !== '' ? `${error.message} (${hint})` : error.message;
}

/** Worker threads where the built code runs; from TypeScript source (tests) everything runs inline. */
function createRunner(jobs: number): { run: (task: BatchTask) => Promise<unknown>; close: () => Promise<void> } {
  const script = workerScript('batch-worker');
  if (jobs <= 0 || !script) return { run: runBatchTask, close: async () => {} };
  const pool: WorkerPool<BatchTask, unknown> = createWorkerPool(script, jobs, rebuildError, { messageLang: messageLang() });
  return { run: (task) => pool.run(task), close: () => pool.close() };
}

/**
 * Scans every member's export, saves it, writes the member's reports, then the alliance report.
 * One failing member never stops the others; an unchanged export is skipped unless forced.
 */
export async function runBatch(ws: Workspace, resources: ReportResources, options: BatchOptions): Promise<BatchOutcome> {
  const companies = ws.companies.list();
  const ids = companies.map((c) => c.id);
  if (!options.exportsDir && !options.manifest) throw new UsageError(text(um, 'batchNeedsInput'));
  const found = options.manifest ? await findExportsInManifest(options.manifest, ids) : await findExportsInDir(options.exportsDir!, ids);
  if (found.files.size === 0) {
    const seen = found.unmatched.length > 0 ? `${found.unmatched.slice(0, 5).join(', ')}${found.unmatched.length > 5 ? ', ...' : ''}` : 'none';
    const where = { where: options.manifest ? 'manifest' : 'folder', path: options.manifest ?? options.exportsDir! };
    const members = ids.join(', ') || renderText(text(um, 'noMembers'), messageLang());
    throw new InputError(text(um, 'noMatchingExport', { ...where, ids: members, seen }), text(um, 'noMatchingExportHint'));
  }
  const lang = options.lang;
  const geo = await loadGeodata(options.dataDir);
  const jobs = options.jobs ?? Math.min(4, availableParallelism());
  const runner = createRunner(jobs);
  const outcomes: MemberOutcome[] = [];
  try {
    await Promise.all(
      companies.map(async (company, index) => {
        const base: MemberOutcome = { id: company.id, name: company.name, status: 'no-export', export: null, employees: null, rowsRejected: null, files: [], error: null };
        const progress = (step: 'scan' | 'report' | 'done' | 'failed') => options.onProgress?.({ member: company.id, step, index, of: companies.length });
        const file = found.files.get(company.id);
        if (!file) return void outcomes.push(base);
        const outcome: MemberOutcome = { ...base, export: file };
        outcomes.push(outcome);
        try {
          const contentHash = await hashFile(file);
          const known = ws.scans.list(company.id).find((s) => s.contentHash === contentHash);
          if (known && !options.force) {
            Object.assign(outcome, { status: 'unchanged', employees: known.employees });
            // a batch stopped after saving the scan left no reports: write them now
            if (await reportsMissing(options.outDir, company.id, lang, options.formats)) {
              progress('report');
              outcome.files = (await runner.run({ kind: 'report', model: companyReportModel(ws, company.id, resources), outDir: options.outDir, formats: options.formats })) as string[];
            }
            return progress('done');
          }
          progress('scan');
          const locations = company.locations.map((l) => placeLocation(l, geo.geocoder));
          const columns = found.columns.get(company.id) ?? options.columns;
          const scan = (await runner.run({ kind: 'scan', file, locations, columns, settingsPath: options.settingsPath, dataDir: options.dataDir })) as ScanTaskResult;
          assertLocationsMatch(scan.result, file, true);
          const settingsHash = createHash('sha256').update(JSON.stringify(scan.result.method)).digest('hex').slice(0, 16);
          const exportDate = scan.exportDate ?? (await fileDate(file));
          ws.scans.save(company.id, { exportDate, contentHash, employees: scan.result.overall.employees, settingsHash, result: scan.result });
          Object.assign(outcome, { status: 'scanned', employees: scan.result.overall.employees, rowsRejected: scan.rowsRejected });
          progress('report');
          const model = companyReportModel(ws, company.id, resources);
          outcome.files = (await runner.run({ kind: 'report', model, outDir: options.outDir, formats: options.formats })) as string[];
          progress('done');
        } catch (error) {
          Object.assign(outcome, { status: 'failed', error: errorText(error) });
          progress('failed');
        }
      }),
    );
    // the alliance report comes last and its failure never hides the members' outcomes
    let allianceFiles: string[] = [];
    let allianceError: string | null = null;
    try {
      allianceFiles = (await runner.run({ kind: 'report', model: allianceReportModel(ws, resources), outDir: options.outDir, formats: options.formats })) as string[];
    } catch (error) {
      allianceError = errorText(error);
    }
    const order = new Map(ids.map((id, i) => [id, i]));
    outcomes.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    return { members: outcomes, allianceFiles, allianceError, warnings: found.warnings, unmatchedExports: found.unmatched };
  } finally {
    await runner.close();
  }
}

/** True when the output folder holds no report of this member in this language, in one of the formats. */
async function reportsMissing(outDir: string, id: string, lang: Lang, formats: readonly ReportFormat[]): Promise<boolean> {
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch {
    return true;
  }
  return formats.some((format) => !names.some((name) => isCompanyReportFile(name, id, lang, format)));
}
