import type { Co2Progress } from '../../core/track/co2-progress.js';
import type { PeakProgress } from '../../core/track/peak-progress.js';
import { formatMessage, messageLang, translator, type Lang } from '../../core/i18n/index.js';
import { goalMessages } from './goal-messages.js';
import { progressMessages } from './progress-messages.js';
import { formatIsoDate } from '../../core/format/format-date.js';
import { renderTable } from '../../core/format/table.js';
import { renderPeakTables } from './render-peak-table.js';
import { renderMeasures } from './render-measures.js';
import type { CompanyProgress } from '../company-progress.js';
import type { PeriodUnit } from '../../core/track/period-ranges.js';
import { formatPeriod } from '../../core/format/format-period.js';

const dash = '-';
const int = (v: number, lang: Lang) => formatMessage(lang, '{v, number}', { v: Math.round(v) });


/** The goal's status in the reader's language and numbers (the core's phrase stays English, for --json). */
export function peakGoalSentence(goal: NonNullable<PeakProgress['goal']>, lang: Lang = messageLang()): string {
  const t = translator(goalMessages, lang);
  const r = goal.result;
  if (r.latestShare === null || r.latestLabel === null) return t('noData');
  const base = { share: r.latestShare, period: formatPeriod(r.latestLabel, lang), target: goal.targetPct / 100 };
  const p = r.provisional;
  const why = p ? `; ${t('provisionalWhy', { period: formatPeriod(p.label, lang), days: p.daysWithData, workingDays: p.workingDays, min: p.minMeasuredShare })}` : '';
  if (r.status === 'met') return t('met', base) + why;
  // the provisional period is the latest one: say it once, not 'voorlopig ... K1 2026 is voorlopig'
  if (p?.reachesTarget && p.label === r.latestLabel) return t('provisionalReachedSame', { ...base, days: p.daysWithData, workingDays: p.workingDays, min: p.minMeasuredShare });
  if (p?.reachesTarget) return t('provisionalReached', base) + why;
  if (r.projectedShare === null || goal.targetDate === null) return t('behindNoTrend', base) + why;
  return t('trend', { ...base, projected: r.projectedShare, date: formatIsoDate(goal.targetDate, lang) }) + why;
}

/** The peak section: baseline, one row per period, the goal's status and notes. */
export function renderPeak(peak: PeakProgress, lang: Lang = messageLang()): string[] {
  const t = translator(progressMessages, lang);
  const b = peak.baseline;
  const lines: string[] = [];
  if (b) {
    const measured = b.source === 'measured';
    lines.push(t('baseline', {
      total: b.totalPerDay, morning: b.morningPerDay, evening: b.eveningPerDay, source: b.source,
      from: measured && b.from ? formatIsoDate(b.from, lang) : '', to: measured && b.to ? formatIsoDate(b.to, lang) : '',
      flagged: measured && b.flagged ? 'yes' : 'no', headcount: b.headcount === null ? 'none' : int(b.headcount, lang),
    }));
  }
  if (peak.periods.length === 0) lines.push(t('noMeasurements'));
  else lines.push(...renderPeakTables(peak, lang));
  if (peak.goal) lines.push('', t('peakGoal', { scope: peak.goal.scope, basis: peak.goal.basis, status: peak.goal.result.status.replace('-', ''), sentence: peakGoalSentence(peak.goal, lang) }));
  else lines.push('', t('peakGoalNone'));
  lines.push(...peak.notes.map((n) => t('note', { text: n })));
  return lines;
}

/** The CO2 goal's status in the reader's words, from the result's figures (the core's phrase stays English, for --json). */
function co2GoalSentence(goal: NonNullable<Co2Progress['goal']>, lang: Lang): string {
  const t = translator(progressMessages, lang);
  const r = goal.result;
  const base = r.years.find((y) => y.year === goal.baselineYear)?.actualCo2Kg;
  const latest = r.years.filter((y) => goal.baselineYear !== null && y.year > goal.baselineYear).at(-1);
  const target = String(r.targetYear);
  const goalChange = -goal.targetPct / 100;
  if (r.status === 'no-data' || latest === undefined || base === undefined || base <= 0) return t('co2NoData');
  if (r.status === 'met') return t('co2Met', { change: (latest.actualCo2Kg - base) / base, year: String(latest.year), goal: goalChange, target });
  const projected = r.projectedChange === null ? 'none' : formatMessage(lang, '{v, number, ::percent sign-except-zero}', { v: r.projectedChange });
  return t('co2Trend', { projected, goal: goalChange, target });
}

/** The CO2 section: one row per year beside the trajectory, and the goal's status. */
export function renderCo2(co2: Co2Progress, lang: Lang = messageLang()): string[] {
  const t = translator(progressMessages, lang);
  if (co2.years.length === 0) return [t('co2None'), ...(co2.missing ? [t('co2Missing', { text: co2.missing })] : [])];
  const trajectory = new Map((co2.goal?.result.years ?? []).map((y) => [y.year, y]));
  const rows = co2.years.map((y) => {
    const line = trajectory.get(y.year);
    return [String(y.year), int(y.co2Kg, lang), t('co2Source', { source: y.source, basis: y.basis }), line?.trajectoryCo2Kg == null ? dash : int(line.trajectoryCo2Kg, lang), line?.differenceKg == null ? dash : int(line.differenceKg, lang)];
  });
  const lines = [t('co2Title'), renderTable(t('co2Header').split('|'), rows, ['left', 'right', 'left', 'right', 'right'])];
  if (co2.goal) lines.push(t('co2Goal', { scope: co2.goal.scope, status: co2.goal.result.status.replace('-', ''), sentence: co2GoalSentence(co2.goal, lang) }));
  if (co2.missing) lines.push(t('co2Missing', { text: co2.missing }));
  lines.push(...co2.notes.map((n) => t('note', { text: n })));
  return lines;
}

/** The whole `track show` text of one company; measures by their catalogue name in the reader's language. */
export function renderCompanyProgress(
  p: CompanyProgress,
  lang: Lang = messageLang(),
  options: { unit?: PeriodUnit; measureTitle?: (measure: string) => string } = {},
): string {
  return [
    `${p.company.name} (${p.company.id})`,
    ...renderPeak(p.peak, lang),
    '',
    ...renderCo2(p.co2, lang),
    ...renderMeasures(p.measures, options.unit ?? 'quarter', lang, options.measureTitle ?? ((m) => m)),
  ].join('\n');
}
