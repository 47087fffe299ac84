import type { Chart, Lang, Section } from '../report-model.js';
import { tableSection } from '../table-section.js';

import type { AllianceDisclosure } from './alliance-disclosure.js';
import type { AllianceReportInput } from './alliance-input.js';
import type { AllianceText } from './alliance-messages.js';
import { type Co2IndexYear, MIN_SERIES_MEMBERS, type TrendQuarter } from './alliance-trend.js';
import { groupAndTotals } from './figures-section.js';
import { memberFigures, ratio } from './member-figures.js';
import { formatPeriod } from '../../format/format-period.js';

/** The alliance's trend per quarter (a table, and a chart from two quarters on). */
export function trendParts(trend: readonly TrendQuarter[], goal: AllianceReportInput['peakGoal'], t: AllianceText, lang: Lang): { section: Section | null; chart: Chart | null } {
  if (trend.length === 0) return { section: null, chart: null };
  const target = goal ? goal.targetPct / 100 : null;
  const section = tableSection('trend', t('trendTitle'), [t('trendIntro', { min: MIN_SERIES_MEMBERS })], {
    columns: [
      { key: 'quarter', label: t('colQuarter'), format: 'text', width: 12 },
      { key: 'share', label: t('colTrendShare'), format: 'pct', visual: 'dataBar' },
      ...(target !== null ? [{ key: 'goal', label: t('colGoal'), format: 'pct' as const }] : []),
      { key: 'members', label: t('colMembersMeasured'), format: 'int' },
    ],
    rows: trend.map((q) => [formatPeriod(q.label, lang), q.share, ...(target !== null ? [target] : []), q.members]),
  });
  const chart: Chart | null = trend.length < 2 ? null : {
    id: 'alliance-trend',
    title: t('chartTrend'),
    kind: 'line',
    categories: trend.map((q) => formatPeriod(q.label, lang)),
    xLabel: t('colQuarter'),
    series: [
      { name: t('seriesTrend'), values: trend.map((q) => q.share) },
      ...(target !== null ? [{ name: t('seriesGoal'), values: trend.map(() => target), role: 'goal' as const }] : []),
    ],
    yLabel: t('axisShare'),
    yFormat: 'pct',
  };
  return { section, chart };
}

/** The alliance's CO2 against the goal's base year (a table, and a chart from two years on). */
export function co2Parts(index: readonly Co2IndexYear[], goal: AllianceReportInput['co2Goal'], t: AllianceText): { section: Section | null; chart: Chart | null } {
  if (!goal || index.length === 0) return { section: null, chart: null };
  const base = String(goal.baselineYear);
  // the straight path from 100% in the base year to the goal in the target year (docs/method.md section 6)
  const path = (year: number): number | null =>
    year < goal.baselineYear || year > goal.targetYear ? null : 1 - (goal.targetPct / 100) * ((year - goal.baselineYear) / (goal.targetYear - goal.baselineYear));
  const section = tableSection('alliance-co2', t('co2Title', { base }), [t('co2Intro', { base, min: MIN_SERIES_MEMBERS })], {
    columns: [
      { key: 'year', label: t('colYear'), format: 'year', width: 8 },
      { key: 'index', label: t('colCo2Index', { base }), format: 'pct', visual: 'dataBar' },
      { key: 'trajectory', label: t('colTrajectory', { base }), format: 'pct' },
      { key: 'members', label: t('colMembersWithData'), format: 'int' },
    ],
    rows: index.map((y) => [y.year, y.index, path(y.year), y.members]),
  });
  // the measured years and the target year, so the path to the goal is visible to its end
  const years = [...new Set([...index.map((y) => y.year), goal.targetYear])].sort((a, b) => a - b);
  const byYear = new Map(index.map((y) => [y.year, y.index]));
  const chart: Chart | null = index.length < 2 ? null : {
    id: 'alliance-co2',
    title: t('chartCo2', { base }),
    kind: 'line',
    categories: years.map(String),
    xLabel: t('colYear'),
    series: [
      { name: t('seriesCo2', { base }), values: years.map((y) => byYear.get(y) ?? null) },
      { name: t('seriesTrajectory'), values: years.map(path), role: 'trajectory' },
    ],
    yLabel: t('axisIndex', { base }),
    yFormat: 'pct',
  };
  return { section, chart };
}

/** Each named member's avoided trips as a share of its own baseline, beside its own goal. */
export function ownShareChart(d: AllianceDisclosure, t: AllianceText): Chart | null {
  const measured = d.named.filter((m) => memberFigures(m).avoidedPerDay !== null);
  if (measured.length === 0) return null;
  const { group, all } = groupAndTotals(d);
  const bars = measured.map((m) => ({ name: m.name, share: ratio(memberFigures(m).avoidedPerDay, memberFigures(m).baselinePerDay), goal: m.peak?.goal ? m.peak.goal.targetPct / 100 : null }));
  const groupShare = group ? ratio(group.avoidedPerDay, group.baselinePerDay) : null;
  if (groupShare !== null) bars.push({ name: t('others', { n: d.others.length }), share: groupShare, goal: null });
  const allShare = ratio(all.avoidedPerDay, all.baselinePerDay);
  if (allShare !== null && bars.length > 1) bars.push({ name: t('allMembers'), share: allShare, goal: null });
  return {
    id: 'members-own-share',
    title: t('chartOwnShare'),
    kind: 'bar',
    categories: bars.map((b) => b.name),
    xLabel: t('colMember'),
    series: [
      { name: t('seriesReached'), values: bars.map((b) => b.share) },
      ...(bars.some((b) => b.goal !== null) ? [{ name: t('seriesOwnGoal'), values: bars.map((b) => b.goal) }] : []),
    ],
    yLabel: t('axisShare'),
    yFormat: 'pct',
  };
}
