/**
 * Measured CO2 years against the straight trajectory, with a least-squares projection to the
 * target year: "behind, expected -32% in 2030" (docs/method.md).
 */
import type { YearCo2 } from './co2-trajectory.js';
import { type GoalStatus, SHARE_EPSILON } from './goal-status.js';
import { linearFit, valueAt } from './linear-fit.js';

/** One measured year beside the trajectory. */
export interface Co2YearComparison {
  year: number;
  actualCo2Kg: number;
  /** The trajectory's value that year; null for a year outside the trajectory. */
  trajectoryCo2Kg: number | null;
  /** actual - trajectory: above 0 is behind the line. */
  differenceKg: number | null;
}

/** Where the CO2 goal stands. */
export interface Co2GoalResult {
  status: GoalStatus;
  years: Co2YearComparison[];
  targetYear: number;
  targetCo2Kg: number;
  /** The least-squares line's value at the target year (never below 0); null without a trend. */
  projectedCo2Kg: number | null;
  /** (projected - baseline) / baseline: -0.32 for 32% less; null without a trend. */
  projectedChange: number | null;
  phrase: string;
}

const signedPct = (fraction: number) => `${fraction > 0 ? '+' : ''}${Math.round(fraction * 100)}%`;

/** Judge measured years; the baseline year counts as a measurement for the trend. */
export function co2GoalStatus(measuredYears: readonly YearCo2[], trajectory: readonly YearCo2[]): Co2GoalResult {
  const first = trajectory[0];
  const last = trajectory.at(-1);
  if (first === undefined || last === undefined) throw new RangeError('co2GoalStatus needs a trajectory');
  const onLine = new Map(trajectory.map((t) => [t.year, t.co2Kg]));
  const measured = [...measuredYears].sort((a, b) => a.year - b.year);
  const years = measured.map((m): Co2YearComparison => {
    const line = onLine.get(m.year) ?? null;
    const differenceKg = line === null ? null : m.co2Kg - line;
    return { year: m.year, actualCo2Kg: m.co2Kg, trajectoryCo2Kg: line, differenceKg };
  });
  const base = { years, targetYear: last.year, targetCo2Kg: last.co2Kg };
  const change = (kg: number) => (first.co2Kg > 0 ? (kg - first.co2Kg) / first.co2Kg : 0);
  const goalText = `goal ${signedPct(change(last.co2Kg))} in ${last.year}`;
  const latest = measured.filter((m) => m.year > first.year).at(-1);
  if (latest === undefined) {
    const phrase = 'no measured year after the baseline yet';
    return { ...base, status: 'no-data', projectedCo2Kg: null, projectedChange: null, phrase };
  }
  const points = measured.map((m) => ({ x: m.year, y: m.co2Kg }));
  if (!measured.some((m) => m.year === first.year)) points.push({ x: first.year, y: first.co2Kg });
  const fit = linearFit(points);
  const projectedCo2Kg = fit === null ? null : Math.max(0, valueAt(fit, last.year));
  const projectedChange = projectedCo2Kg === null ? null : change(projectedCo2Kg);
  const tolerance = SHARE_EPSILON * Math.max(1, first.co2Kg);
  if (latest.co2Kg <= last.co2Kg + tolerance) {
    const phrase = `met: ${signedPct(change(latest.co2Kg))} in ${latest.year} (${goalText})`;
    return { ...base, status: 'met', projectedCo2Kg, projectedChange, phrase };
  }
  const onTrack = projectedCo2Kg !== null && projectedCo2Kg <= last.co2Kg + tolerance && latest.year < last.year;
  const expected = projectedChange === null ? '' : `, expected ${signedPct(projectedChange)} in ${last.year}`;
  const phrase = `${onTrack ? 'on track' : 'behind'}${expected} (${goalText})`;
  return { ...base, status: onTrack ? 'on-track' : 'behind', projectedCo2Kg, projectedChange, phrase };
}
