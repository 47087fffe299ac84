import { loadScanSettings } from '../adapters/config/load-scan-settings.js';
import type { ColumnOverrides } from '../core/ingest/types.js';
import type { ReportModel } from '../core/report/report-model.js';
import type { WorkLocation } from '../core/scan/scan-context.js';
import type { ScanResult } from '../core/scan/scan-result.js';
import type { ScanSettings } from '../core/settings/index.js';
import { writeReportFiles, type ReportFormat } from './report-files.js';
import { loadGeodata, runScan, type LoadedGeodata } from './run-scan.js';

/** One unit of batch work: scanning an export, or writing a report's files. */
export type BatchTask =
  | { kind: 'scan'; file: string; locations: WorkLocation[]; columns?: ColumnOverrides; settingsPath?: string; dataDir?: string }
  | { kind: 'report'; model: ReportModel; outDir: string; formats: ReportFormat[] };

/** What a scan task gives back: the aggregate result and the reading counts, nothing per employee. */
export interface ScanTaskResult {
  result: ScanResult;
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  rejectsByCode: Record<string, number>;
  /** The peildatum of the export's title rows, when it has one. */
  exportDate?: string;
}

// Loaded once per thread: every member's scan in this thread shares them.
let settings: Promise<ScanSettings> | undefined;
let geodata: Promise<LoadedGeodata> | undefined;

/** Runs one batch task in this thread. */
export async function runBatchTask(task: BatchTask): Promise<ScanTaskResult | string[]> {
  if (task.kind === 'report') return writeReportFiles(task.model, task.outDir, task.formats);
  settings ??= loadScanSettings(task.settingsPath);
  geodata ??= loadGeodata(task.dataDir);
  const run = await runScan(task.file, { locations: task.locations, columns: task.columns, settings: await settings, geo: await geodata });
  const { rowsRead, rowsUsed, rowsRejected, rejectsByCode, exportDate } = run.ingest;
  return { result: run.result, rowsRead, rowsUsed, rowsRejected, rejectsByCode, ...(exportDate !== undefined && { exportDate }) };
}
