import { join } from 'node:path';
import { readBuiltInJson } from '../adapters/geodata/built-in-data.js';
import { readGeodataInfo } from '../adapters/geodata/geodata-store.js';
import { loadPlaces } from '../adapters/geodata/load-places.js';
import { loadStations } from '../adapters/geodata/load-stations.js';
import { resolveDataDir } from '../adapters/geodata/resolve-data-dir.js';
import { loadCatalogue, loadReportTexts } from '../adapters/templates/load-templates.js';
import { UsageError } from '../core/errors.js';
import type { Lang, ReportModel } from '../core/report/report-model.js';
import { co2FactorFileSchema } from '../core/settings/co2-factor-schema.js';
import { VERSION } from '../cli/version.js';
import type { ReportResources } from './company-report.js';

export type ReportFormat = 'xlsx' | 'pdf';

/** Checks `--format` and `--lang`. */
export function parseReportOptions(format: string, lang: string): { lang: Lang; formats: ReportFormat[] } {
  if (lang !== 'nl' && lang !== 'en') throw new UsageError(`--lang ${lang}: use nl or en`);
  const formats = format.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const bad = formats.filter((f) => f !== 'xlsx' && f !== 'pdf');
  if (bad.length > 0 || formats.length === 0) throw new UsageError(`--format ${format}: use xlsx, pdf or xlsx,pdf`);
  return { lang, formats: [...new Set(formats)] as ReportFormat[] };
}

/** Today as YYYY-MM-DD in local time: the report's date. */
export function today(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Loads what every report of a run shares. */
export async function loadReportResources(lang: Lang, dataDir?: string): Promise<ReportResources> {
  const [texts, catalogue, factorJson, stations, places, geodata] = await Promise.all([
    loadReportTexts(lang),
    loadCatalogue(),
    readBuiltInJson('settings/co2-factors.json'),
    loadStations(),
    loadPlaces(),
    readGeodataInfo(resolveDataDir(dataDir)),
  ]);
  return { lang, texts, catalogue, factorFile: co2FactorFileSchema.parse(factorJson), stations, places, geodata, generatedOn: today(), version: VERSION };
}

/** Writes a report model in the asked formats (atomically); returns the paths. */
export async function writeReportFiles(model: ReportModel, outDir: string, formats: readonly ReportFormat[]): Promise<string[]> {
  const paths: string[] = [];
  for (const format of formats) {
    const path = join(outDir, `${model.fileBase}.${format}`);
    if (format === 'xlsx') {
      const { writeWorkbook } = await import('../adapters/report/xlsx/write-workbook.js');
      await writeWorkbook(model, path);
    } else {
      const { writePdf } = await import('../adapters/report/pdf/write-pdf.js');
      await writePdf(model, path);
    }
    paths.push(path);
  }
  return paths;
}
