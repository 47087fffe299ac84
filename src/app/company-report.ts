import { adviseCompany } from '../core/advice/advise-company.js';
import type { Catalogue } from '../core/advice/catalogue-schema.js';
import { InputError } from '../core/errors.js';
import { formatDate, messageLang, text } from '../core/i18n/index.js';
import { appErrorMessages } from './app-error-messages.js';
import { adviceInputFromScan } from '../core/report/advice-input-from-scan.js';
import { adviceGoalGap } from '../core/report/advice-goal-gap.js';
import { buildCompanyReport } from '../core/report/build-company-report.js';
import { allCampaignResults } from './campaign/campaign-results-for.js';
import type { Lang, ReportModel } from '../core/report/report-model.js';
import type { ReportTexts } from '../core/report/report-texts.js';
import type { ScanResult } from '../core/scan/scan-result.js';
import type { Station } from '../core/scan/scan-context.js';
import type { Co2FactorFile } from '../core/settings/co2-factor-schema.js';
import type { GeodataInfo } from '../core/geo/postcode-info.js';
import type { Place } from '../core/geo/place-index.js';
import type { Workspace } from '../adapters/store/workspace.js';
import { companyProgress } from './company-progress.js';
import { compareScans } from './history/scan-history.js';
import type { ScanHistory } from '../core/report/history-section.js';
import { wpmFromScan } from './wpm-from-scan.js';
import { dataAttributions } from './data-attributions.js';

/** What every report of one run shares: templates, factors, stations, the date. */
export interface ReportResources {
  lang: Lang;
  texts: ReportTexts;
  catalogue: Catalogue;
  factorFile: Co2FactorFile;
  /** The source of every shipped default, per setting: a stored scan's setting with the same source is the default. */
  defaultSources: Readonly<Record<string, string>>;
  stations: Station[];
  /** Built-in places: names on the report map and the place names of postcode areas. */
  places: Place[];
  geodata: GeodataInfo | null;
  generatedOn: string;
  version: string;
}

/** The latest scan against the one before it, for the report's history section; null with fewer than two. */
function scanHistory(ws: Workspace, companyId: string): ScanHistory | null {
  const [latest, previous] = ws.scans.list(companyId);
  if (!latest || !previous) return null;
  const comparison = compareScans(companyId, latest, previous);
  if (!comparison) return null;
  return { beforeExportDate: comparison.before.exportDate, afterExportDate: comparison.after.exportDate, figures: comparison.figures };
}

/** Builds the report model of one company from what the workspace keeps about it. */
export function companyReportModel(ws: Workspace, companyId: string, res: ReportResources): ReportModel {
  const company = ws.companies.require(companyId, '--company');
  const scan = ws.scans.latest(companyId);
  if (!scan) throw new InputError(text(appErrorMessages, 'noScanYet', { company: companyId }), text(appErrorMessages, 'noScanYetHint', { company: companyId }));
  const saved = scan.result as { schema?: unknown };
  if (saved.schema !== 'mobiscan/scan-result@2') {
    throw new InputError(
      text(appErrorMessages, 'oldScan', { company: companyId, date: formatDate(scan.exportDate, messageLang()) }),
      text(appErrorMessages, 'oldScanHint', { company: companyId }),
    );
  }
  const result = scan.result as ScanResult;
  const progress = companyProgress(ws, companyId, 'quarter');
  const wpm = wpmFromScan(scan, res.factorFile, Number(scan.exportDate.slice(0, 4)));
  const gaps = adviceGoalGap(progress.peak, progress.co2, result.overall.co2KgPerYear.now);
  const adviceInput = adviceInputFromScan(result, {
    sector: company.sector,
    goalGap: gaps.goalGap,
    year: Number(scan.exportDate.slice(0, 4)),
  });
  // what the counts show since each recorded measure: complete periods only
  const periods = progress.peak.periods.flatMap((p) =>
    p.flagged === null && !p.provisional && p.avoidedPerDay !== null ? [{ label: p.label, from: p.from, to: p.to, avoidedPerDay: p.avoidedPerDay, share: p.share }] : [],
  );
  const advice = adviseCompany(res.catalogue, adviceInput, { lang: res.lang, top: 6, recorded: progress.measures, periods });
  return buildCompanyReport({
    campaigns: allCampaignResults(ws, res.factorFile),
    lang: res.lang,
    texts: res.texts,
    generatedOn: res.generatedOn,
    version: res.version,
    alliance: { name: ws.alliance.get()?.name ?? '' },
    company: { id: company.id, name: company.name, locations: company.locations },
    scan: { exportDate: scan.exportDate, result },
    peak: progress.peak,
    co2: progress.co2,
    wpm: wpm?.wpm ?? null,
    advice,
    adviceGoals: { peak: gaps.peak, co2: gaps.co2 },
    catalogue: res.catalogue,
    stations: res.stations,
    places: res.places,
    attributions: dataAttributions(res.geodata),
    defaultSources: res.defaultSources,
    history: scanHistory(ws, companyId),
  });
}
