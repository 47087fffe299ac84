/**
 * Baseline (nulmeting) and avoidances (spitsmijdingen): avoided = baseline - current average,
 * share = avoided / baseline, and the same per employee when both headcounts are known
 * (docs/method.md).
 */
import { text } from '../i18n/index.js';
import { trackCheckMessages as m } from './track-check-messages.js';
import { InputError } from '../errors.js';
import type { PeriodSummary } from './summarise-period.js';

/** Peak car trips per working day in the reference period, measured or typed in. */
export type PeakBaseline =
  | {
      source: 'measured';
      from: string;
      to: string;
      morningPerDay: number;
      eveningPerDay: number;
      totalPerDay: number;
      flagged: PeriodSummary['flagged'];
    }
  | { source: 'typed'; morningPerDay: number; eveningPerDay: number; totalPerDay: number };

/** The baseline of a summarised reference period; null when it has no data. */
export function measuredBaseline(summary: PeriodSummary): PeakBaseline | null {
  const { morningPerDay, eveningPerDay, totalPerDay } = summary;
  if (morningPerDay === null || eveningPerDay === null || totalPerDay === null) return null;
  const { from, to, flagged } = summary;
  return { source: 'measured', from, to, morningPerDay, eveningPerDay, totalPerDay, flagged };
}

/** A baseline typed in by the user (peak car trips per working day, morning and evening). */
export function typedBaseline(morningPerDay: number, eveningPerDay: number): PeakBaseline {
  for (const value of [morningPerDay, eveningPerDay]) {
    if (!Number.isFinite(value) || value < 0) {
      throw new InputError(text(m, 'baselineNegative', { value }));
    }
  }
  return { source: 'typed', morningPerDay, eveningPerDay, totalPerDay: morningPerDay + eveningPerDay };
}

/** Input for peakAvoidances; headcounts in employees or FTE, the same unit for both. */
export interface AvoidanceInput {
  baselinePerDay: number;
  currentPerDay: number;
  baselineHeadcount?: number;
  currentHeadcount?: number;
}

/** Avoided peak car trips per working day and their share of the baseline (a fraction). */
export interface PeakAvoidances {
  avoidedPerDay: number;
  /** avoided / baseline; null when the baseline is 0. Negative when there are more trips now. */
  share: number | null;
  /**
   * (baseline/hcBase - current/hcNow) / (baseline/hcBase): the share with headcount change
   * taken out; null unless both headcounts are known and positive.
   */
  sharePerHead: number | null;
}

/** Compare a period's peak car trips with the baseline. */
export function peakAvoidances(input: AvoidanceInput): PeakAvoidances {
  const { baselinePerDay, currentPerDay, baselineHeadcount, currentHeadcount } = input;
  const avoidedPerDay = baselinePerDay - currentPerDay;
  const share = baselinePerDay > 0 ? avoidedPerDay / baselinePerDay : null;
  let sharePerHead: number | null = null;
  if (baselinePerDay > 0 && baselineHeadcount && currentHeadcount && baselineHeadcount > 0 && currentHeadcount > 0) {
    const basePerHead = baselinePerDay / baselineHeadcount;
    sharePerHead = (basePerHead - currentPerDay / currentHeadcount) / basePerHead;
  }
  return { avoidedPerDay, share, sharePerHead };
}
