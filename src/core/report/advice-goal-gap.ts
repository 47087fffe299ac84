import type { AdviceInput } from '../advice/types.js';
import type { Co2Progress } from '../track/co2-progress.js';
import type { PeakProgress } from '../track/peak-progress.js';
import { latestCompletePeriod } from './latest-complete-period.js';

/** Where each goal stands for the advice cards: no goal, already met, or a gap a measure can close. */
/** No goal set; a peak goal without a baseline to measure against; met; still open. */
export type AdviceGoalState = 'none' | 'no-baseline' | 'met' | 'open';

/** The gap to each goal that a measure's effect is held against, and each goal's state. */
export interface AdviceGoalGap {
  goalGap: NonNullable<AdviceInput['goalGap']>;
  peak: AdviceGoalState;
  co2: AdviceGoalState;
}

/**
 * The remaining peak gap (target avoidances minus those of the latest complete period, as the
 * goal line counts them: a provisional period never closes it) and the CO2 gap (the scan's CO2
 * above the goal's target). A goal its own status calls met has no gap: the cards say so.
 */
export function adviceGoalGap(peak: PeakProgress | null, co2: Co2Progress | null, co2NowKg: number): AdviceGoalGap {
  const goalGap: AdviceGoalGap['goalGap'] = {};
  const peakGoal = peak?.goal;
  const baseline = peak?.baseline;
  let peakState: AdviceGoalState = 'none';
  if (peakGoal && !baseline) peakState = 'no-baseline';
  if (peakGoal && baseline) {
    peakState = peakGoal.result.status === 'met' ? 'met' : 'open';
    const avoided = latestCompletePeriod(peak)?.avoidedPerDay ?? 0;
    goalGap.peakAvoidancesPerDay = peakState === 'met' ? 0 : Math.max(0, (baseline.totalPerDay * peakGoal.targetPct) / 100 - avoided);
  }
  const co2Goal = co2?.goal;
  let co2State: AdviceGoalState = 'none';
  if (co2Goal) {
    co2State = co2Goal.result.status === 'met' ? 'met' : 'open';
    goalGap.co2TonnesPerYear = co2State === 'met' ? 0 : Math.max(0, (co2NowKg - co2Goal.result.targetCo2Kg) / 1000);
  }
  return { goalGap, peak: peakState, co2: co2State };
}
