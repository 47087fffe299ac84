import { join } from 'node:path';
import { dataAttributions } from '../../src/app/data-attributions.js';
import { loadGeodata, runScan } from '../../src/app/run-scan.js';
import { loadPlaces } from '../../src/adapters/geodata/load-places.js';
import { loadScanSettings } from '../../src/adapters/config/load-scan-settings.js';
import { loadCatalogue, loadReportTexts } from '../../src/adapters/templates/load-templates.js';
import { adviseCompany } from '../../src/core/advice/advise-company.js';
import { adviceInputFromScan } from '../../src/core/report/advice-input-from-scan.js';
import { buildCompanyReport, type CompanyReportInput } from '../../src/core/report/build-company-report.js';
import type { Lang } from '../../src/core/report/report-model.js';
import { peakProgress } from '../../src/core/track/peak-progress.js';
import { workingDaysBetween } from '../../src/core/track/working-days.js';

export const ROOT = join(import.meta.dirname, '../..');
export const EXAMPLE_CSV = join(ROOT, 'examples/ziekenhuis-hr.csv');
export const LOCATIONS = [
  { name: 'Dordrecht', lat: 51.7985, lon: 4.6681 },
  { name: 'Zwijndrecht', lat: 51.8216, lon: 4.6383 },
  { name: 'Sliedrecht', lat: 51.8233, lon: 4.7651 },
];

/** Daily counts of the public case (METHOD.md 5): 1,800 peak trips a day in Q1 2025, 1,620 in Q1 2026. */
export function publicCaseCounts() {
  const q1 = (year: number, total: number) => workingDaysBetween(`${year}-01-01`, `${year}-03-31`).map((date) => ({ date, morning: total * 0.55, evening: total * 0.45 }));
  return [...q1(2025, 1800), ...q1(2026, 1620)];
}

/** The example hospital scanned for real and turned into a report input (and its model). */
export async function exampleReportInput(lang: Lang): Promise<CompanyReportInput> {
  const settings = await loadScanSettings();
  const geo = await loadGeodata('/nonexistent-mobiscan-data-dir');
  const run = await runScan(EXAMPLE_CSV, { locations: LOCATIONS, settings, geo });
  const [texts, catalogue, places] = await Promise.all([loadReportTexts(lang), loadCatalogue(), loadPlaces()]);
  const peak = peakProgress({
    counts: publicCaseCounts(),
    registrations: [],
    baseline: { source: 'measured', from: '2025-01-01', to: '2025-03-31', morningPerDay: 990, eveningPerDay: 810, totalPerDay: 1800, flagged: null, headcount: null },
    headcounts: [],
    goal: { targetPct: 10, targetYear: 2026, basis: 'absolute', scope: 'company' },
    measures: [{ measure: 'ebike-trial-pool', startDate: '2025-09-01' }],
    unit: 'quarter',
  });
  const advice = adviseCompany(catalogue, adviceInputFromScan(run.result, { sector: 'zorg', goalGap: { peakAvoidancesPerDay: 0 }, year: 2026 }), { lang, top: 6 });
  return {
    lang, texts, generatedOn: '2026-11-27', version: '0.0.0-test',
    alliance: { name: 'Test alliantie' },
    company: { id: 'asz', name: 'Merwede Ziekenhuis (voorbeeld)', locations: LOCATIONS },
    scan: { exportDate: '2026-10-01', result: run.result },
    peak, co2: null, wpm: null, advice, catalogue, stations: geo.stations, places, defaultSources: settings.sources,
    attributions: dataAttributions(geo.info),
  };
}

export async function exampleReportModel(lang: Lang) {
  return buildCompanyReport(await exampleReportInput(lang));
}

export { leaks, personalValues } from '../fixtures/personal-values.js';
