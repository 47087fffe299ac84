import type { Co2Progress } from '../../core/track/co2-progress.js';
import type { PeakProgress } from '../../core/track/peak-progress.js';
import { messageLang, translator, type Lang } from '../../core/i18n/index.js';
import { MIN_MEASURED_SHARE } from '../../core/track/summarise-period.js';
import { goalMessages } from './goal-messages.js';
import { formatDecimal, formatInt, formatPct } from '../../core/format/format-nl.js';
import { renderTable } from '../../core/format/table.js';
import type { CompanyProgress } from '../company-progress.js';

const dash = '-';
const num = (v: number | null, digits = 1) => (v === null ? dash : formatDecimal(v, digits));
const pct = (v: number | null) => (v === null ? dash : formatPct(v));

/** A date in the reader's form: 31-12-2027 in Dutch. */
const dateText = (iso: string, lang: Lang): string => (lang === 'nl' ? iso.split('-').reverse().join('-') : iso);
/** A period label in the reader's form: quarters are K (kwartaal) in Dutch. */
const periodText = (label: string, lang: Lang): string => (lang === 'nl' ? label.replace(/-Q(\d)$/, '-K$1') : label);

/** The goal's status in the reader's language and numbers (the core's phrase stays English, for --json). */
export function peakGoalSentence(goal: NonNullable<PeakProgress['goal']>, lang: Lang = messageLang()): string {
  const t = translator(goalMessages, lang);
  const r = goal.result;
  if (r.latestShare === null || r.latestLabel === null) return t('noData');
  const base = { share: r.latestShare, period: periodText(r.latestLabel, lang), target: goal.targetPct / 100 };
  const p = r.provisional;
  const why = p ? `; ${t('provisionalWhy', { period: periodText(p.label, lang), days: p.daysWithData, workingDays: p.workingDays, min: p.minMeasuredShare })}` : '';
  if (r.status === 'met') return t('met', base) + why;
  if (p?.reachesTarget) return t('provisionalReached', base) + why;
  if (r.projectedShare === null || goal.targetDate === null) return t('behindNoTrend', base) + why;
  return t('trend', { ...base, onTrack: r.status === 'on-track' ? 'yes' : 'no', projected: r.projectedShare, date: dateText(goal.targetDate, lang) }) + why;
}

/** The peak section: baseline, one row per period, the goal's status and notes. */
export function renderPeak(peak: PeakProgress): string[] {
  const b = peak.baseline;
  const lines: string[] = [];
  if (b) {
    const where = b.source === 'measured' ? `measured ${b.from} to ${b.to}${b.flagged ? ' (FLAGGED: too few working days)' : ''}` : 'typed in';
    lines.push(`Baseline: ${num(b.totalPerDay)} peak car trips per working day (morning ${num(b.morningPerDay)}, evening ${num(b.eveningPerDay)}), ${where}${b.headcount === null ? '' : `; headcount ${formatInt(b.headcount)}`}`);
  }
  if (peak.periods.length === 0) lines.push('No measurements yet: import them with `mobiscan track import`.');
  else {
    const header = ['period', 'days', 'morning', 'evening', 'total', 'avoided', 'share', 'per head', 'per 100 empl.', 'registered/day', 'measures started'];
    const rows = peak.periods.map((p) => [
      `${p.label}${p.inBaseline ? ' (baseline)' : ''}`,
      `${p.daysWithData}/${p.workingDays}${p.flagged ? ' !' : p.provisional && !p.inBaseline && p.daysWithData > 0 ? ' ~' : ''}`,
      num(p.morningPerDay), num(p.eveningPerDay), num(p.totalPerDay),
      num(p.avoidedPerDay), pct(p.share), pct(p.sharePerHead), num(p.tripsPer100Employees),
      num(p.registrations.perWorkingDay), p.measuresStarted.join(', '),
    ]);
    lines.push('', 'Peak car trips per working day', renderTable(header, rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left']));
    if (peak.periods.some((p) => p.flagged)) lines.push('! too few working days with data: shown, not hidden, and not used for the goal status');
    if (peak.periods.some((p) => !p.flagged && p.provisional && !p.inBaseline && p.daysWithData > 0)) {
      lines.push(translator(goalMessages, messageLang())('provisionalLegend', { min: MIN_MEASURED_SHARE.value }));
    }
    lines.push('Registered avoided trips are a separate source, shown beside the counts and never added to them.');
  }
  if (peak.goal) lines.push('', `Peak goal (${peak.goal.scope}, ${peak.goal.basis}): ${peak.goal.result.status.toUpperCase()}, ${peakGoalSentence(peak.goal)}`);
  else lines.push('', 'Peak goal: none set (`mobiscan goal set --kind peak-avoidance`)');
  lines.push(...peak.notes.map((n) => `note: ${n}`));
  return lines;
}

/** The CO2 section: one row per year beside the trajectory, and the goal's status. */
export function renderCo2(co2: Co2Progress): string[] {
  if (co2.years.length === 0) return ['CO2: no scans or typed years yet (`mobiscan track co2`)', ...(co2.missing ? [`CO2 goal: ${co2.missing}`] : [])];
  const trajectory = new Map((co2.goal?.result.years ?? []).map((y) => [y.year, y]));
  const rows = co2.years.map((y) => {
    const t = trajectory.get(y.year);
    return [String(y.year), formatInt(y.co2Kg), `${y.source} (${y.basis})`, t?.trajectoryCo2Kg == null ? dash : formatInt(t.trajectoryCo2Kg), t?.differenceKg == null ? dash : formatInt(t.differenceKg)];
  });
  const lines = ['CO2 of commuting per year (kg)', renderTable(['year', 'kg', 'source', 'trajectory', 'above line'], rows, ['left', 'right', 'left', 'right', 'right'])];
  if (co2.goal) lines.push(`CO2 goal (${co2.goal.scope}): ${co2.goal.result.status.toUpperCase()}, ${co2.goal.result.phrase}`);
  if (co2.missing) lines.push(`CO2 goal: ${co2.missing}`);
  lines.push(...co2.notes.map((n) => `note: ${n}`));
  return lines;
}

/** The whole `track show` text of one company. */
export function renderCompanyProgress(p: CompanyProgress): string {
  const measures = p.measures.map((m) => `  ${m.startDate}  ${m.measure}${m.note ? ` (${m.note})` : ''}`);
  return [
    `${p.company.name} (${p.company.id})`,
    ...renderPeak(p.peak),
    '',
    ...renderCo2(p.co2),
    ...(measures.length > 0 ? ['', 'Measures taken', ...measures] : []),
  ].join('\n');
}
