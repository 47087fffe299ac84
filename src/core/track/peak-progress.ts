/**
 * The peak-trip part of `track show`: per month or quarter the peak car trips per working day,
 * the avoidances against the baseline and their share, per-employee figures where headcounts are
 * known, registrations beside them, the measures started, and the status against the goal.
 */
import type { PeakBaseline } from './peak-avoidances.js';
import { peakAvoidances } from './peak-avoidances.js';
import { type PeakGoalResult, peakGoalStatus } from './peak-goal-status.js';
import { type PeriodUnit, periodRanges } from './period-ranges.js';
import { MIN_MEASURED_SHARE, type PeriodSummary, summarisePeriod } from './summarise-period.js';
import { type RegistrationSummary, summariseRegistrations } from './summarise-registrations.js';
import type { AvoidanceRegistration, DailyCount } from './types.js';
import { text, type Text } from '../i18n/index.js';
import { trackNoteMessages } from './track-note-messages.js';
import { noonUtc } from './calendar-date.js';

/** A peak goal as the workspace holds it, with whose goal it is. */
export interface PeakGoalSetting {
  targetPct: number;
  targetYear: number | null;
  basis: 'absolute' | 'per-employee';
  scope: 'company' | 'alliance';
}

/** Everything the progress is built from. */
export interface PeakProgressInput {
  counts: readonly DailyCount[];
  registrations: readonly AvoidanceRegistration[];
  baseline: (PeakBaseline & { headcount: number | null }) | undefined;
  /** Headcounts valid from a date on, in any order. */
  headcounts: readonly { fromDate: string; headcount: number }[];
  /** The headcount of a period before the first entry above (the company's own); null when unknown. */
  defaultHeadcount?: number | null;
  goal: PeakGoalSetting | undefined;
  measures: readonly { measure: string; startDate: string }[];
  unit: PeriodUnit;
  minWorkingDays?: number;
  /** Share of working days a period needs measured to meet a goal; default MIN_MEASURED_SHARE. */
  minMeasuredShare?: number;
}

/** One period's row. */
export interface PeakPeriodRow extends PeriodSummary {
  label: string;
  /** The period overlaps the baseline's reference period: shown, not judged. */
  inBaseline: boolean;
  avoidedPerDay: number | null;
  share: number | null;
  sharePerHead: number | null;
  headcount: number | null;
  /** Peak car trips per working day per 100 employees; null without a headcount. */
  tripsPer100Employees: number | null;
  registrations: RegistrationSummary;
  measuresStarted: string[];
}

/** The whole peak section. */
export interface PeakProgress {
  baseline: PeakProgressInput['baseline'];
  periods: PeakPeriodRow[];
  goal: (PeakGoalSetting & { targetDate: string | null; result: PeakGoalResult }) | null;
  /** What to keep in mind, as Texts of trackNoteMessages (their figures are values). */
  notes: Text[];
}

/** The headcount valid on a date: the latest entry from that date or before. */
export function headcountOn(entries: PeakProgressInput['headcounts'], date: string): number | null {
  const valid = entries.filter((e) => e.fromDate <= date).sort((a, b) => a.fromDate.localeCompare(b.fromDate));
  return valid.at(-1)?.headcount ?? null;
}

/** Build the peak progress of one company. */
export function peakProgress(input: PeakProgressInput): PeakProgress {
  const { baseline, goal } = input;
  const notes: Text[] = [];
  const dates = [...input.counts.map((c) => c.date), ...input.registrations.map((r) => r.date)].sort();
  const first = dates[0];
  const last = dates.at(-1);
  const ranges = first === undefined || last === undefined ? [] : periodRanges(first, last, input.unit);
  const baselinePerDay = baseline?.totalPerDay;
  const minMeasuredShare = input.minMeasuredShare ?? MIN_MEASURED_SHARE.value;
  const periods = ranges.flatMap((range): PeakPeriodRow[] => {
    const summary = summarisePeriod(input.counts, { ...range, minMeasuredShare, ...(input.minWorkingDays !== undefined && { minWorkingDays: input.minWorkingDays }) });
    const registrations = summariseRegistrations(input.registrations, { ...range, ...(baselinePerDay !== undefined && { baselinePerDay }) });
    if (summary.daysWithData === 0 && registrations.total === 0) return [];
    const headcount = headcountOn(input.headcounts, range.to) ?? input.defaultHeadcount ?? null;
    const avoidances = baseline && summary.totalPerDay !== null
      ? peakAvoidances({
          baselinePerDay: baseline.totalPerDay,
          currentPerDay: summary.totalPerDay,
          ...(baseline.headcount !== null && { baselineHeadcount: baseline.headcount }),
          ...(headcount !== null && { currentHeadcount: headcount }),
        })
      : null;
    return [{
      ...summary,
      label: range.label,
      inBaseline: baseline?.source === 'measured' && range.from <= baseline.to && range.to >= baseline.from,
      avoidedPerDay: avoidances?.avoidedPerDay ?? null,
      share: avoidances?.share ?? null,
      sharePerHead: avoidances?.sharePerHead ?? null,
      headcount,
      tripsPer100Employees: headcount !== null && summary.totalPerDay !== null ? (summary.totalPerDay / headcount) * 100 : null,
      registrations,
      measuresStarted: input.measures.filter((m) => m.startDate >= range.from && m.startDate <= range.to).map((m) => m.measure),
    }];
  });
  if (!baseline) notes.push(text(trackNoteMessages, 'noBaseline'));
  if (baseline?.source === 'measured' && baseline.flagged) notes.push(text(trackNoteMessages, 'fewBaselineDays', { from: noonUtc(baseline.from), to: noonUtc(baseline.to) }));
  if (!goal) return { baseline, periods, goal: null, notes };

  const perHead = goal.basis === 'per-employee';
  const judged = periods.filter((p) => !p.inBaseline && p.flagged === null && p.share !== null);
  // a period with registrations only has no counts to be too few: it is not flagged for the reader
  const flaggedLeftOut = periods.filter((p) => !p.inBaseline && p.flagged !== null && p.daysWithData > 0).length;
  if (flaggedLeftOut > 0) notes.push(text(trackNoteMessages, 'flaggedLeftOut', { n: flaggedLeftOut }));
  if (perHead && judged.some((p) => p.sharePerHead === null)) notes.push(text(trackNoteMessages, 'noHeadcount'));
  const targetDate = goal.targetYear === null ? null : `${goal.targetYear}-12-31`;
  const result = peakGoalStatus({
    baseline: { totalPerDay: baseline?.totalPerDay ?? 0, ...(baseline?.source === 'measured' && { to: baseline.to }) },
    periods: judged.map((p) => ({
      label: p.label,
      endDate: p.to,
      share: (perHead ? p.sharePerHead : null) ?? p.share ?? 0,
      ...(p.provisional && { provisional: { daysWithData: p.daysWithData, workingDays: p.workingDays, minMeasuredShare } }),
    })),
    goal: { targetPct: goal.targetPct, ...(targetDate !== null && { targetDate }) },
  });
  return { baseline, periods, goal: { ...goal, targetDate, result }, notes };
}
