/**
 * Status of a peak-trip goal ("10% of our car trips out of the rush hour"): met when the latest
 * complete period (enough of its working days measured) reaches the target, else on track when the
 * least-squares trend over all periods reaches it by the target date. A provisional latest period
 * counts in the trend but never makes the goal met; its reason is returned to be shown.
 */
import { dayNumber } from './calendar-date.js';
import { type GoalStatus, SHARE_EPSILON, formatPct } from './goal-status.js';
import { type Point, linearFit, valueAt } from './linear-fit.js';

/** One measured period with its share of avoided trips (a fraction of the baseline). */
export interface PeakPeriodShare {
  label: string;
  /** 'YYYY-MM-DD', the period's last day: the x of the trend. */
  endDate: string;
  share: number;
  /** Set when too few of the period's working days were measured for it to meet a goal. */
  provisional?: { daysWithData: number; workingDays: number; minMeasuredShare: number };
}

/** Why the latest period could not make the goal met: too few of its working days measured. */
export interface ProvisionalLatest {
  label: string;
  daysWithData: number;
  workingDays: number;
  minMeasuredShare: number;
  /** The latest share reaches the target: met once the period is complete. */
  reachesTarget: boolean;
}

/** Input: the baseline (its `to` anchors the trend at share 0), the periods and the goal. */
export interface PeakGoalInput {
  baseline: { totalPerDay: number; to?: string };
  periods: readonly PeakPeriodShare[];
  /** targetPct in percent (10 = 10%); targetDate 'YYYY-MM-DD'. */
  goal: { targetPct: number; targetDate?: string };
}

/** Where the goal stands and where the trend points. */
export interface PeakGoalResult {
  status: GoalStatus;
  latestShare: number | null;
  /** The label of the latest period judged; null without one. */
  latestLabel: string | null;
  targetShare: number;
  /** The trend's share at the target date; null without a date or without a trend. */
  projectedShare: number | null;
  /** The latest period is provisional (too few working days measured); null when it is complete. */
  provisional: ProvisionalLatest | null;
  /** Ready for a sentence (English, for --json and logs): 'behind, expected 6.2% by 2027-12-31'. */
  phrase: string;
}

/** Judge a peak-trip goal. */
export function peakGoalStatus(input: PeakGoalInput): PeakGoalResult {
  const targetShare = input.goal.targetPct / 100;
  const targetDate = input.goal.targetDate;
  const periods = [...input.periods].sort((a, b) => a.endDate.localeCompare(b.endDate));
  const latest = periods.at(-1);
  if (latest === undefined || !(input.baseline.totalPerDay > 0)) {
    return { status: 'no-data', latestShare: null, latestLabel: null, targetShare, projectedShare: null, provisional: null, phrase: 'no data yet' };
  }
  const goalText = `goal ${input.goal.targetPct}%`;
  const reaches = latest.share >= targetShare - SHARE_EPSILON;
  const provisional: ProvisionalLatest | null = latest.provisional ? { label: latest.label, ...latest.provisional, reachesTarget: reaches } : null;
  const why = provisional
    ? `; ${latest.label} provisional: ${provisional.daysWithData} of ${provisional.workingDays} working days measured, under ${formatPct(provisional.minMeasuredShare)}`
    : '';
  // 'met' rests on the latest complete period: a provisional one after it neither makes nor breaks it
  const complete = periods.findLast((p) => p.provisional === undefined);
  if (complete !== undefined && complete.share >= targetShare - SHARE_EPSILON) {
    const phrase = `met: ${formatPct(complete.share)} in ${complete.label} (${goalText}${why})`;
    return { status: 'met', latestShare: complete.share, latestLabel: complete.label, targetShare, projectedShare: null, provisional, phrase };
  }
  if (reaches) {
    // the measured days reach the target, but too few were measured to call the goal met yet
    const phrase = `provisionally ${formatPct(latest.share)} in ${latest.label}, not yet met (${goalText}${why})`;
    return { status: 'on-track', latestShare: latest.share, latestLabel: latest.label, targetShare, projectedShare: null, provisional, phrase };
  }
  const points: Point[] = periods.map((p) => ({ x: dayNumber(p.endDate), y: p.share }));
  const anchor = input.baseline.to;
  if (anchor !== undefined && !periods.some((p) => p.endDate === anchor)) {
    points.push({ x: dayNumber(anchor), y: 0 }); // the baseline period has, by definition, share 0
  }
  const fit = targetDate === undefined ? null : linearFit(points);
  if (fit === null || targetDate === undefined) {
    const noTrend = targetDate === undefined ? 'no target date' : 'too few periods for a trend';
    const phrase = `behind: ${formatPct(latest.share)} in ${latest.label} (${goalText}; ${noTrend}${why})`;
    return { status: 'behind', latestShare: latest.share, latestLabel: latest.label, targetShare, projectedShare: null, provisional, phrase };
  }
  const projectedShare = valueAt(fit, dayNumber(targetDate));
  const onTrack = projectedShare >= targetShare - SHARE_EPSILON && latest.endDate < targetDate;
  const status: GoalStatus = onTrack ? 'on-track' : 'behind';
  const phrase = `${onTrack ? 'on track' : 'behind'}, expected ${formatPct(projectedShare)} by ${targetDate} (${goalText}${why})`;
  return { status, latestShare: latest.share, latestLabel: latest.label, targetShare, projectedShare, provisional, phrase };
}
