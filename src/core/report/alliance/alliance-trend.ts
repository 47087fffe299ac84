/**
 * The alliance's own series: per quarter the share of the baseline avoided, and per year the
 * commuting CO2 against the goal's base year. Both are ratios over the members measured in that
 * period (like for like), never absolute sums per period: an absolute sum over a changing set of
 * members would give a single member's figure by subtraction.
 */
import { co2GoalStatus, type Co2GoalResult } from '../../track/co2-goal-status.js';
import { co2Trajectory } from '../../track/co2-trajectory.js';
import { peakGoalStatus, type PeakGoalResult } from '../../track/peak-goal-status.js';
import type { AllianceMember } from './alliance-input.js';

/** A period enters an alliance series only when at least this many members were measured in it. */
export const MIN_SERIES_MEMBERS = 2;

/** One quarter of the alliance's peak trend. */
export interface TrendQuarter {
  label: string;
  to: string;
  /** Avoided / baseline over the members measured this quarter. */
  share: number;
  members: number;
}

/** Per quarter, over the members with a judged period, the share of their baselines avoided. */
export function peakTrend(members: readonly AllianceMember[]): TrendQuarter[] {
  const byLabel = new Map<string, { to: string; avoided: number; baseline: number; members: number }>();
  for (const m of members) {
    if (!m.peak || !(m.peak.baselinePerDay > 0)) continue;
    for (const p of m.peak.periods) {
      const q = byLabel.get(p.label) ?? { to: p.to, avoided: 0, baseline: 0, members: 0 };
      q.avoided += p.avoidedPerDay;
      q.baseline += m.peak.baselinePerDay;
      q.members += 1;
      byLabel.set(p.label, q);
    }
  }
  return [...byLabel]
    .filter(([, q]) => q.members >= MIN_SERIES_MEMBERS)
    .map(([label, q]) => ({ label, to: q.to, share: q.avoided / q.baseline, members: q.members }))
    .sort((a, b) => a.to.localeCompare(b.to));
}

/** The alliance peak goal judged on the trend (null without a goal or a trend). */
export function peakTrendStatus(trend: readonly TrendQuarter[], goal: { targetPct: number; targetYear: number | null } | null): PeakGoalResult | null {
  if (!goal) return null;
  return peakGoalStatus({
    baseline: { totalPerDay: trend.length > 0 ? 1 : 0 },
    periods: trend.map((q) => ({ label: q.label, endDate: q.to, share: q.share })),
    goal: { targetPct: goal.targetPct, ...(goal.targetYear !== null && { targetDate: `${goal.targetYear}-12-31` }) },
  });
}

/** One year of the alliance's CO2 as an index of the base year (1 = the base year). */
export interface Co2IndexYear {
  year: number;
  index: number;
  members: number;
}

/** The CO2 index per year over the members that have the base year and that year. */
export function co2Index(members: readonly AllianceMember[], baselineYear: number): Co2IndexYear[] {
  const panel = members.flatMap((m) => {
    const base = m.co2.years.find((y) => y.year === baselineYear);
    return base && base.co2Kg > 0 ? [{ base: base.co2Kg, years: m.co2.years }] : [];
  });
  const years = [...new Set(panel.flatMap((p) => p.years.map((y) => y.year)))].filter((y) => y >= baselineYear).sort((a, b) => a - b);
  return years.flatMap((year) => {
    const present = panel.flatMap((p) => {
      const y = p.years.find((x) => x.year === year);
      return y ? [{ now: y.co2Kg, base: p.base }] : [];
    });
    if (present.length < MIN_SERIES_MEMBERS) return [];
    const base = present.reduce((s, p) => s + p.base, 0);
    return [{ year, index: present.reduce((s, p) => s + p.now, 0) / base, members: present.length }];
  });
}

/** The alliance CO2 goal judged on the index (the base year as 100). */
export function co2IndexStatus(index: readonly Co2IndexYear[], goal: { targetPct: number; baselineYear: number; targetYear: number } | null): Co2GoalResult | null {
  if (!goal || !index.some((y) => y.year === goal.baselineYear) || goal.targetYear <= goal.baselineYear) return null;
  const trajectory = co2Trajectory({ baselineYear: goal.baselineYear, baselineCo2Kg: 100, targetYear: goal.targetYear, targetPct: goal.targetPct });
  return co2GoalStatus(index.map((y) => ({ year: y.year, co2Kg: y.index * 100 })), trajectory);
}
