/**
 * The alliance report model: where each member stands against its own goal, the alliance's
 * trend against its goal, the CO2 path, each member's figures and share, and what measures were
 * taken where and what followed; members that do not share stay unidentifiable
 * (alliance/alliance-disclosure.ts, docs/method.md section 8).
 */
import { formatDate, formatValue } from './format-value.js';
import type { Chart, GoalLine, KeyFigure, ReportModel, Section } from './report-model.js';
import { reportLabels } from './report-labels.js';
import { reportAttributions } from './report-attributions.js';
import { text } from './report-texts.js';
import { withAlt } from './chart-alt.js';

import { allianceDisclosure, type AllianceDisclosure, MIN_GROUP } from './alliance/alliance-disclosure.js';
import type { AllianceReportInput } from './alliance/alliance-input.js';
import { allianceText, type AllianceText } from './alliance/alliance-messages.js';
import { co2Index, co2IndexStatus, peakTrend, peakTrendStatus, type Co2IndexYear, type TrendQuarter } from './alliance/alliance-trend.js';
import { benchmarkSection, figuresSection, groupAndTotals } from './alliance/figures-section.js';
import { allianceDashText } from './alliance/alliance-dash-messages.js';
import { measuresSection } from './alliance/measures-section.js';
import { allianceSettingsTable, coverageSection } from './alliance/method-parts.js';
import { co2Parts, ownShareChart, trendParts } from './alliance/series-parts.js';
import { statusSection } from './alliance/status-section.js';
import { ratio } from './alliance/member-figures.js';
import { allianceFileBase } from './report-file-base.js';
import { allianceCampaignSection } from './campaign-section.js';
import { formatPeriod } from '../format/format-period.js';

export type { AllianceMember, AllianceReportInput, MemberCo2, MemberPeak } from './alliance/alliance-input.js';

function keyFigures(d: AllianceDisclosure, input: AllianceReportInput, trend: readonly TrendQuarter[], index: readonly Co2IndexYear[], t: AllianceText): KeyFigure[] {
  const { lang } = input;
  const { all } = groupAndTotals(d);
  const members = d.named.length + d.others.length;
  const figures: KeyFigure[] = [{ label: t('kfMembers', { n: members }), value: members, format: 'int', note: t('kfMembersNote', { shared: d.named.length }) }];
  if (all.employees !== null) figures.push({ label: t('kfEmployees'), value: all.employees, format: 'int' });
  const share = ratio(all.avoidedPerDay, all.baselinePerDay);
  const latest = trend.at(-1);
  if (all.avoidedPerDay !== null && share !== null) {
    figures.push({ label: t('kfAvoided'), value: all.avoidedPerDay, format: 'count', note: t('kfAvoidedNote', { share: formatValue(share, 'pct', lang) }) });
  } else if (latest) {
    figures.push({ label: t('kfTrendShare', { period: formatPeriod(latest.label, lang) }), value: latest.share, format: 'pct', note: t('kfTrendShareNote', { members: latest.members }) });
  }
  if (all.co2Kg !== null) figures.push({ label: t('kfCo2'), value: all.co2Kg / 1000, format: 'int' });
  const lastYear = index.at(-1);
  if (input.co2Goal && lastYear && lastYear.year > input.co2Goal.baselineYear) {
    const base = String(input.co2Goal.baselineYear);
    figures.push({ label: t('kfCo2Index', { year: String(lastYear.year), base }), value: lastYear.index - 1, format: 'pct', note: t('kfCo2IndexNote', { members: lastYear.members, base }) });
  }
  return figures;
}

function goalLines(input: AllianceReportInput, trend: readonly TrendQuarter[], index: readonly Co2IndexYear[], t: AllianceText): GoalLine[] {
  const { lang, texts } = input;
  const pct = (v: number): string => formatValue(v, 'pct', lang);
  const goals: GoalLine[] = [];
  const peak = input.peakGoal;
  if (peak) {
    const result = peakTrendStatus(trend, peak);
    const latest = trend.at(-1);
    const status = result?.status ?? 'no-data';
    const projection = result?.projectedShare !== null && result?.projectedShare !== undefined && status !== 'met' && peak.targetYear !== null
      ? ` ${t('goalPeakProjection', { year: String(peak.targetYear), share: pct(result.projectedShare) })}` : '';
    goals.push({
      label: t('goalPeak'),
      target: peak.targetYear === null ? t('goalPeakTarget', { pct: pct(peak.targetPct / 100) }) : t('goalPeakTargetYear', { pct: pct(peak.targetPct / 100), year: String(peak.targetYear) }),
      status,
      statusText: text(texts, `status_${status}`),
      phrase: latest ? t('goalPeakPhrase', { period: formatPeriod(latest.label, lang), share: pct(latest.share), members: latest.members }) + projection : t('goalNoData'),
    });
  }
  const co2 = input.co2Goal;
  if (co2) {
    const result = co2IndexStatus(index, co2);
    const latest = index.filter((y) => y.year > co2.baselineYear).at(-1);
    const status = latest ? (result?.status ?? 'no-data') : 'no-data';
    const base = String(co2.baselineYear);
    const signed = (v: number): string => `${v > 0 ? '+' : ''}${pct(v)}`;
    const projection = result?.projectedChange !== null && result?.projectedChange !== undefined && status !== 'met'
      ? ` ${t('goalCo2Projection', { year: String(co2.targetYear), change: signed(result.projectedChange) })}` : '';
    goals.push({
      label: t('goalCo2'),
      target: t('goalCo2Target', { pct: pct(co2.targetPct / 100), target: String(co2.targetYear), base }),
      status,
      statusText: text(texts, `status_${status}`),
      phrase: latest ? t('goalCo2Phrase', { year: String(latest.year), change: signed(latest.index - 1), base, members: latest.members }) + projection : t('goalNoData'),
    });
  }
  return goals;
}

/** Builds the alliance report model; an alliance without members or figures gets a report that says so. */
export function buildAllianceReport(input: AllianceReportInput): ReportModel {
  const { texts, lang } = input;
  const t = allianceText(lang);
  const dt = allianceDashText(lang);
  const d = allianceDisclosure(input.members);
  const trend = peakTrend(input.members);
  const index = input.co2Goal ? co2Index(input.members, input.co2Goal.baselineYear) : [];
  const trendPart = trendParts(trend, input.peakGoal, t, lang);
  const co2Part = co2Parts(index, input.co2Goal, t);
  const own = ownShareChart(d, t);
  const charts = [own, trendPart.chart, co2Part.chart].filter((c): c is Chart => c !== null);
  const { all } = groupAndTotals(d);
  const members = input.members.length;
  const hasData = input.members.some((m) => m.scan !== null || m.peak !== null || m.co2.years.length > 0);
  const sections: Section[] = [];
  if (!hasData) sections.push({ id: 'no-data', title: t('emptyTitle'), intro: [members === 0 ? t('emptyNoMembers') : t('emptyNoData')], tables: [] });
  if (members > 0) {
    sections.push(statusSection(d, t, lang, dt), figuresSection(d, t, dt));
    if (trendPart.section) sections.push(trendPart.section);
    if (co2Part.section) sections.push(co2Part.section);
    sections.push(benchmarkSection(d, t, dt), measuresSection(d, t, lang, dt));
  }
  const campaigns = allianceCampaignSection(input.campaigns ?? [], lang);
  if (campaigns) sections.push(campaigns);
  return {
    schema: 'mobiscan/report@1',
    lang,
    kind: 'alliance',
    fileBase: allianceFileBase(input.generatedOn, lang),
    title: t('title', { alliance: input.alliance.name }),
    subtitle: all.employees === null ? t('subtitle', { members }) : t('subtitleEmployees', { members, employees: formatValue(all.employees, 'int', lang) }),
    generatedOn: input.generatedOn,
    labels: reportLabels(texts, { threshold: input.suppressionThreshold, generatedBy: text(texts, 'generatedBy', { version: input.version, date: formatDate(input.generatedOn, lang) }) }),
    keyFigures: keyFigures(d, input, trend, index, t),
    goals: goalLines(input, trend, index, t),
    charts: withAlt(charts, texts),
    map: null,
    advice: [],
    sections,
    method: {
      intro: [t('methodIntro'), t('methodAnonymity', { min: MIN_GROUP })],
      settings: allianceSettingsTable(input, text(texts, 'methodSettings'), t),
      dataQuality: coverageSection(d, input, t).tables[0]!,
      attributions: reportAttributions(input.attributions, texts),
      notes: [],
    },
  };
}
