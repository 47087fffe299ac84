import type { GoalStatus, ReportModel } from '../../../core/report/report-model.js';

/**
 * The word the report uses for each goal status, taken from the goals' `statusText`, so a
 * traffic-light column that holds status codes shows the report's own words.
 */
export function statusWords(model: ReportModel): Map<GoalStatus, string> {
  const words = new Map<GoalStatus, string>();
  for (const goal of model.goals) {
    if (!words.has(goal.status)) words.set(goal.status, goal.statusText);
  }
  return words;
}
