/**
 * A CO2 goal ("-50% in 2030 against 2016") as a straight trajectory from the baseline year to
 * the target year, and measured years judged against it (docs/method.md).
 */
import { text } from '../i18n/index.js';
import { trackCheckMessages as m } from './track-check-messages.js';
import { InputError } from '../errors.js';

/** One year on the trajectory or one measured year. */
export interface YearCo2 {
  year: number;
  co2Kg: number;
}

/** The goal: a reduction of targetPct percent by targetYear against baselineYear. */
export interface Co2Goal {
  baselineYear: number;
  baselineCo2Kg: number;
  targetYear: number;
  targetPct: number;
}

/** The straight line from the baseline to the target, one value per year; first baseline, last target. */
export function co2Trajectory(goal: Co2Goal): YearCo2[] {
  const { baselineYear, baselineCo2Kg, targetYear, targetPct } = goal;
  if (!Number.isInteger(baselineYear) || !Number.isInteger(targetYear) || targetYear <= baselineYear) {
    throw new InputError(text(m, 'targetBeforeBaseline', { target: String(targetYear), baseline: String(baselineYear) }));
  }
  if (!(baselineCo2Kg >= 0) || !(targetPct >= 0 && targetPct <= 100)) {
    throw new InputError(text(m, 'co2GoalOutOfRange'));
  }
  const targetCo2Kg = baselineCo2Kg * (1 - targetPct / 100);
  const span = targetYear - baselineYear;
  const years: YearCo2[] = [];
  for (let year = baselineYear; year <= targetYear; year += 1) {
    const t = (year - baselineYear) / span;
    years.push({ year, co2Kg: baselineCo2Kg + (targetCo2Kg - baselineCo2Kg) * t });
  }
  return years;
}
