import { join } from 'node:path';
import { readBuiltInJson } from '../adapters/geodata/built-in-data.js';
import { readGeodataInfo } from '../adapters/geodata/geodata-store.js';
import { loadPlaces } from '../adapters/geodata/load-places.js';
import { loadStations } from '../adapters/geodata/load-stations.js';
import { resolveDataDir } from '../adapters/geodata/resolve-data-dir.js';
import { loadCatalogue, loadReportTexts } from '../adapters/templates/load-templates.js';
import { UsageError } from '../core/errors.js';
import { checkOutputPaths } from '../adapters/write/check-output-paths.js';
import { writeFilesAtomic, type FileToWrite } from '../adapters/write/write-file-atomic.js';
import type { Lang, ReportModel } from '../core/report/report-model.js';
import { co2FactorFileSchema } from '../core/settings/co2-factor-schema.js';
import { mobiscanVersion } from '../adapters/version.js';
import type { ReportResources } from './company-report.js';
import type { PdfThread } from './pdf-thread.js';
import { renderReportFile } from './render-report-file.js';
import { text } from '../core/i18n/index.js';
import { userErrorMessages as um } from '../core/user-error-messages.js';
import { assembleDefaultSettings } from '../core/settings/assemble-default-settings.js';

export type ReportFormat = 'xlsx' | 'pdf';

/** Checks `--format` and `--lang`. */
export function parseReportOptions(format: string, lang: string): { lang: Lang; formats: ReportFormat[] } {
  if (lang !== 'nl' && lang !== 'en') throw new UsageError(text(um, 'badLang', { value: lang }));
  const formats = format.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const bad = formats.filter((f) => f !== 'xlsx' && f !== 'pdf');
  if (bad.length > 0 || formats.length === 0) throw new UsageError(text(um, 'badFormat', { value: format }));
  return { lang, formats: [...new Set(formats)] as ReportFormat[] };
}

/**
 * The one output-folder rule of `report`, `batch` and `demo`: `--out DIR` when given, else the
 * workspace's reports/ folder (created on demand by the writers).
 */
export function reportsDir(out: string | undefined, workspace: string): string {
  return out !== undefined && out.trim() !== '' ? out : join(workspace, 'reports');
}

/** Today as YYYY-MM-DD in local time: the report's date. */
export function today(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Loads what every report of a run shares. */
export async function loadReportResources(lang: Lang, dataDir?: string): Promise<ReportResources> {
  const [texts, catalogue, factorJson, defaultsJson, stations, places, geodata] = await Promise.all([
    loadReportTexts(lang),
    loadCatalogue(),
    readBuiltInJson('settings/co2-factors.json'),
    readBuiltInJson('settings/defaults.json'),
    loadStations(),
    loadPlaces(),
    readGeodataInfo(resolveDataDir(dataDir)),
  ]);
  const factorFile = co2FactorFileSchema.parse(factorJson);
  // the shipped sources tell a default from a changed setting in the report's settings table
  const defaultSources = assembleDefaultSettings(defaultsJson, factorFile).sources;
  return { lang, texts, catalogue, factorFile, defaultSources, stations, places, geodata, generatedOn: today(), version: mobiscanVersion() };
}

/**
 * Writes a report model in the asked formats, all or nothing: both files are rendered, checked
 * (never a folder, a workspace database or each other) and written to temporary files before
 * either is renamed into place. With a PDF thread the PDF is rendered there while this thread
 * renders the workbook. Returns the paths.
 */
export async function writeReportFiles(model: ReportModel, outDir: string, formats: readonly ReportFormat[], pdfThread?: PdfThread): Promise<string[]> {
  const paths = formats.map((format) => join(outDir, `${model.fileBase}.${format}`));
  checkOutputPaths({ outputs: paths.map((path) => ({ flag: '--out', path })) });
  const data = await Promise.all(formats.map((format) => (format === 'pdf' && pdfThread ? pdfThread.render(model) : renderReportFile(model, format))));
  await writeFilesAtomic(paths.map((path, i): FileToWrite => ({ path, data: data[i]! })));
  return paths;
}
