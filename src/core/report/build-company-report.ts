import type { Text } from '../i18n/index.js';
import type { AdviceResult } from '../advice/advise-company.js';
import type { Catalogue } from '../advice/catalogue-schema.js';
import type { Station } from '../scan/scan-context.js';
import type { ScanResult } from '../scan/scan-result.js';
import type { Co2Progress } from '../track/co2-progress.js';
import type { PeakProgress } from '../track/peak-progress.js';
import type { WpmCommuting } from '../track/wpm-commuting.js';
import { adviceItems, packageItem, runningItems } from './advice-items.js';
import type { AdviceGoalState } from './advice-goal-gap.js';
import { formatDate, formatValue } from './format-value.js';
import type { KeyFigure, Lang, ReportModel } from './report-model.js';
import { reportLabels } from './report-labels.js';
import { text, type ReportTexts } from './report-texts.js';
import { withAlt } from './chart-alt.js';
import { buildSummary, type PackageEffect } from './build-summary.js';
import { methodParts } from './method-parts.js';
import { reportAttributions } from './report-attributions.js';
import { dataQualityTable, scanCharts } from './scan-figures.js';
import { scanMap, type MapPlace } from './scan-map.js';
import { settingsTable } from './settings-table.js';
import { historySection, type ScanHistory } from './history-section.js';
import { scanSections } from './scan-sections.js';
import { memberCampaignSection } from './campaign-section.js';
import type { CampaignResult } from '../campaign/campaign-results.js';
import { co2Chart, co2YearsSection, goalLines, peakChart, peakSection, wpmSection } from './tracking-parts.js';
import { companyFileBase } from './report-file-base.js';
import { latestCompletePeriod } from './latest-complete-period.js';
import { formatPeriod } from '../format/format-period.js';

/** Everything a company report is made of; gathered by the report command from the workspace. */
export interface CompanyReportInput {
  lang: Lang;
  texts: ReportTexts;
  /** 'YYYY-MM-DD', passed in so the core reads no clock. */
  generatedOn: string;
  version: string;
  alliance: { name: string };
  company: { id: string; name: string; locations: { name: string; lat: number | null; lon: number | null }[] };
  scan: { exportDate: string; result: ScanResult };
  peak: PeakProgress | null;
  co2: Co2Progress | null;
  wpm: WpmCommuting | null;
  advice: AdviceResult;
  /** Whether each goal is set and not yet met, so a card can say 'doel gehaald' instead of a dash. */
  adviceGoals?: { peak: AdviceGoalState; co2: AdviceGoalState };
  catalogue: Catalogue;
  stations: Station[];
  /** Built-in places: names on the map and the place names of postcode areas (none: the map names only locations and stations, areas go unnamed). */
  places?: readonly MapPlace[];
  /** Attributions of the data used (geodata, places, stations, models). */
  attributions: (string | Text)[];
  /** The shipped source of each default setting; a setting whose source differs was changed by the user. */
  defaultSources?: Readonly<Record<string, string>>;
  /** The combined effect of the top measures (no double counting), when the advice gives one. */
  packageEffect?: PackageEffect | null;
  /** The latest scan against the previous one, when the member has more than one. */
  history?: ScanHistory | null;
  /** Campaigns of the alliance with their results (the member's own rows are used). */
  campaigns?: readonly CampaignResult[];
}

function keyFigures(input: CompanyReportInput): KeyFigure[] {
  const { texts: t, lang } = input;
  const result = input.scan.result;
  const o = result.overall;
  const dq = result.dataQuality;
  const sc = o.scenario;
  // the same period as the summary and the goal line; a provisional one only when no other exists, and said so
  const complete = latestCompletePeriod(input.peak);
  const latest = complete ?? input.peak?.periods.filter((p) => !p.inBaseline && p.avoidedPerDay !== null).at(-1);
  const figures: KeyFigure[] = [
    { label: text(t, 'kfEmployees'), value: o.employees, format: 'int', note: text(t, 'kfEmployeesNote', { rows: formatValue(dq.rowsRead, 'int', lang), rejected: formatValue(dq.rowsRejected, 'int', lang) }) },
  ];
  // Estimated modes change what every figure below rests on: say so before them.
  if (o.modesEstimated > 0) figures.push({ label: text(t, 'kfModesEstimated'), value: o.modesEstimated, format: 'int', note: text(t, 'kfModesEstimatedNote') });
  figures.push(
    { label: text(t, 'kfCarCommuters'), value: o.carCommuters, format: 'int', note: text(t, 'kfCarCommutersNote', { share: formatValue(o.employees > 0 ? o.carCommuters / o.employees : 0, 'pct', lang) }) },
    { label: text(t, 'kfPeakTrips'), value: o.peak.carTripsPerDay.total, format: 'count', note: text(t, 'kfPeakTripsNote', { presence: formatValue(result.method.fullTimerTripsPerWorkingDay, 'pct', lang) }) },
    { label: text(t, 'kfAvoidable'), value: o.peak.avoidedCarTripsPerDay.total, format: 'count', note: text(t, 'kfAvoidableNote') },
  );
  if (latest) {
    figures.push({
      label: `${text(t, 'kfAvoided')} (${formatPeriod(latest.label, lang)}${complete ? '' : `, ${text(t, 'provisionalPeriod')}`})`,
      value: latest.avoidedPerDay,
      format: 'int',
      note: latest.share === null ? undefined : text(t, 'kfAvoidedNote', { share: formatValue(latest.share, 'pct', lang) }),
      status: complete ? input.peak?.goal?.result.status : undefined,
    });
  }
  figures.push({ label: text(t, 'kfCo2'), value: o.co2KgPerYear.now / 1000, format: 'decimal1', note: text(t, 'kfCo2Note', { after: formatValue(o.co2KgPerYear.after / 1000, 'decimal1', lang) }), status: input.co2?.goal?.result.status });
  const extra = sc.goDutch.extraCyclists;
  const withEbike = extra + sc.ebike.extraCyclists;
  const bikeNote =
    Math.round(withEbike) === 0 && sc.cyclistsNow > 0
      ? text(t, 'kfBikeAtDutchLevel')
      : text(t, 'kfBikePotentialNote', { withEbike: formatValue(withEbike, 'int', lang), carDrivers: formatValue(sc.goDutch.carDrivers + sc.ebike.carDrivers, 'int', lang) });
  figures.push({ label: text(t, 'kfBikePotential'), value: extra, format: 'count', note: bikeNote });
  return figures;
}

/** Builds the one report model of a company, which the Excel and PDF writers render. */
export function buildCompanyReport(input: CompanyReportInput): ReportModel {
  const { texts: t, lang, scan } = input;
  const result = scan.result;
  const threshold = result.suppression?.threshold ?? 5;
  const placed = input.company.locations.flatMap((l) => (l.lat !== null && l.lon !== null ? [{ name: l.name, lat: l.lat, lon: l.lon }] : []));
  const sections = scanSections(result, t, lang, input.places ?? []);
  const measureTitle = (id: string): string => input.catalogue.measures.find((m) => m.id === id)?.title[lang] ?? id;
  if (input.peak && input.peak.periods.length > 0) sections.push(peakSection(input.peak, t, lang, measureTitle));
  if (input.co2 && input.co2.years.length > 0) sections.push(co2YearsSection(input.co2, t));
  if (input.wpm) sections.push(wpmSection(input.wpm, t, lang));
  if (input.history) sections.push(historySection(input.history, t, lang, (value, f) => formatValue(value, f, lang)));
  const campaigns = memberCampaignSection(input.company.id, input.campaigns ?? [], lang);
  if (campaigns) sections.push(campaigns);
  const charts = [...scanCharts(result, t, lang)];
  const peak = input.peak ? peakChart(input.peak, t, lang, measureTitle) : null;
  const co2 = input.co2 ? co2Chart(input.co2, t, lang) : null;
  if (peak) charts.push(peak);
  if (co2) charts.push(co2);
  const goals = goalLines(input.peak, input.co2, t, lang);
  const advice = adviceItems(input.advice);
  const advicePackage = packageItem(input.advice);
  const attributions = reportAttributions(input.attributions, t);
  return {
    schema: 'mobiscan/report@1',
    lang,
    kind: 'company',
    fileBase: companyFileBase(input.company.id, input.generatedOn, lang),
    title: text(t, 'title', { company: input.company.name }),
    subtitle: text(t, 'subtitle', { alliance: input.alliance.name, exportDate: formatDate(scan.exportDate, lang) }),
    generatedOn: input.generatedOn,
    labels: reportLabels(t, { threshold, generatedBy: text(t, 'generatedBy', { version: input.version, date: formatDate(input.generatedOn, lang) }) }),
    summary: buildSummary({ t, lang, result, peak: input.peak, co2: input.co2, goals, advice, packageEffect: input.packageEffect ?? advicePackage }),
    keyFigures: keyFigures(input),
    goals,
    charts: withAlt(charts, t),
    map: scanMap(result, placed, input.stations, input.places ?? [], lang),
    advice,
    ...(input.adviceGoals && { adviceGoals: input.adviceGoals }),
    runningMeasures: runningItems(input.advice),
    advicePackage,
    sections,
    method: {
      intro: [text(t, 'methodIntro'), ...(input.advice.measures.length === 0 ? [text(t, 'adviceNone')] : [])],
      parts: methodParts(result, scan.exportDate, input.peak, t),
      settings: settingsTable(result.method.settings, t, input.defaultSources),
      dataQuality: dataQualityTable(result, t),
      attributions,
      notes: input.advice.notes,
    },
  };
}
