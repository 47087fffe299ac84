/**
 * The CO2 part of `track show`: CO2 per year from saved scans or typed km, against the straight
 * trajectory from the goal's baseline year to its target (docs/method.md).
 */
import { type Co2GoalResult, co2GoalStatus } from './co2-goal-status.js';
import { type YearCo2, co2Trajectory } from './co2-trajectory.js';
import { text, type Text } from '../i18n/index.js';
import { trackNoteMessages } from './track-note-messages.js';

/** One year's CO2 and where it comes from. */
export interface Co2YearSource extends YearCo2 {
  source: 'scan' | 'typed';
  basis: 'wtw' | 'ttw';
}

/** A CO2 goal as the workspace holds it. */
export interface Co2GoalSetting {
  targetPct: number;
  baselineYear: number | null;
  targetYear: number | null;
  scope: 'company' | 'alliance';
}

/** The CO2 section: the years, and the goal's status or what is missing to judge it. */
export interface Co2Progress {
  years: Co2YearSource[];
  goal: (Co2GoalSetting & { result: Co2GoalResult }) | null;
  /** Why the goal cannot be judged (no goal, no baseline year value); null when it can. */
  missing: Text | null;
  notes: Text[];
}

/** One value per year: a typed year wins over a scan of the same year (it was given on purpose). */
export function co2Years(scans: readonly Co2YearSource[], typed: readonly Co2YearSource[]): Co2YearSource[] {
  const byYear = new Map<number, Co2YearSource>();
  for (const y of scans) byYear.set(y.year, y);
  for (const y of typed) byYear.set(y.year, y);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Judge the CO2 years against the goal. */
export function co2Progress(years: readonly Co2YearSource[], goal: Co2GoalSetting | undefined): Co2Progress {
  const notes: Text[] = [];
  if (new Set(years.map((y) => y.basis)).size > 1) notes.push(text(trackNoteMessages, 'mixedBasis'));
  const base = { years: [...years], notes };
  if (!goal) return { ...base, goal: null, missing: text(trackNoteMessages, 'noCo2Goal') };
  if (goal.baselineYear === null || goal.targetYear === null) {
    return { ...base, goal: null, missing: text(trackNoteMessages, 'co2GoalYears') };
  }
  const baselineYear = years.find((y) => y.year === goal.baselineYear);
  if (!baselineYear) {
    return { ...base, goal: null, missing: text(trackNoteMessages, 'noBaselineCo2', { year: String(goal.baselineYear) }) };
  }
  const trajectory = co2Trajectory({
    baselineYear: goal.baselineYear,
    baselineCo2Kg: baselineYear.co2Kg,
    targetYear: goal.targetYear,
    targetPct: goal.targetPct,
  });
  return { ...base, goal: { ...goal, result: co2GoalStatus(years, trajectory) }, missing: null };
}
