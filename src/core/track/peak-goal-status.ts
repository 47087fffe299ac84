/**
 * Status of a peak-trip goal ("10% of our car trips out of the rush hour"): met when the latest
 * period's share reaches the target, else on track when the least-squares trend over the periods
 * reaches it by the target date.
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
  targetShare: number;
  /** The trend's share at the target date; null without a date or without a trend. */
  projectedShare: number | null;
  /** Ready for a sentence: 'behind, expected 6.2% by 2027-12-31'. */
  phrase: string;
}

/** Judge a peak-trip goal. */
export function peakGoalStatus(input: PeakGoalInput): PeakGoalResult {
  const targetShare = input.goal.targetPct / 100;
  const targetDate = input.goal.targetDate;
  const periods = [...input.periods].sort((a, b) => a.endDate.localeCompare(b.endDate));
  const latest = periods.at(-1);
  if (latest === undefined || !(input.baseline.totalPerDay > 0)) {
    return { status: 'no-data', latestShare: null, targetShare, projectedShare: null, phrase: 'no data yet' };
  }
  const goalText = `goal ${input.goal.targetPct}%`;
  if (latest.share >= targetShare - SHARE_EPSILON) {
    const phrase = `met: ${formatPct(latest.share)} in ${latest.label} (${goalText})`;
    return { status: 'met', latestShare: latest.share, targetShare, projectedShare: null, phrase };
  }
  const points: Point[] = periods.map((p) => ({ x: dayNumber(p.endDate), y: p.share }));
  const anchor = input.baseline.to;
  if (anchor !== undefined && !periods.some((p) => p.endDate === anchor)) {
    points.push({ x: dayNumber(anchor), y: 0 }); // the baseline period has, by definition, share 0
  }
  const fit = targetDate === undefined ? null : linearFit(points);
  if (fit === null || targetDate === undefined) {
    const why = targetDate === undefined ? 'no target date' : 'too few periods for a trend';
    const phrase = `behind: ${formatPct(latest.share)} in ${latest.label} (${goalText}; ${why})`;
    return { status: 'behind', latestShare: latest.share, targetShare, projectedShare: null, phrase };
  }
  const projectedShare = valueAt(fit, dayNumber(targetDate));
  const onTrack = projectedShare >= targetShare - SHARE_EPSILON && latest.endDate < targetDate;
  const status: GoalStatus = onTrack ? 'on-track' : 'behind';
  const phrase = `${onTrack ? 'on track' : 'behind'}, expected ${formatPct(projectedShare)} by ${targetDate} (${goalText})`;
  return { status, latestShare: latest.share, targetShare, projectedShare, phrase };
}
