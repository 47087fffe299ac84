import type { GroupRule } from './catalogue-schema.js';
import type { AdviceInput, SizedMeasure } from './types.js';

/** The combined effect of the top measures taken together, without double counting. */
export interface AdvicePackage {
  ids: string[];
  participants: number;
  avoidancesPerDay: number;
  co2TonnesPerYear: number;
  /** Share of the scan's peak car trips per working day the package avoids; null without peak trips. */
  shareOfPeakTrips: number | null;
}

const EPSILON_KM = 1e-9;
const CARPOOL_MIN_KM = 10; // carpool candidates live 10 km or more away (docs/method.md, Potential)

/** How a group spreads over the distance bands, by car commuters; weights add up to 1 (or all 0). */
function bandWeights(rule: GroupRule, input: AdviceInput): number[] {
  const inBand = input.carBands.map((b) => {
    const upper = b.toKm ?? Number.POSITIVE_INFINITY;
    switch (rule.kind) {
      case 'carDistance':
        return b.fromKm >= rule.fromKm - EPSILON_KM && upper <= (rule.toKm ?? Number.POSITIVE_INFINITY) + EPSILON_KM;
      case 'carpool':
        return upper > CARPOOL_MIN_KM;
      default:
        return true; // the scan does not say where these groups live: in proportion to all car commuters
    }
  });
  const counts = input.carBands.map((b, i) => (inBand[i] ? Math.max(0, b.carCommuters) : 0));
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.map((c) => (total > 0 ? c / total : 0));
}

/**
 * Combines measures in the given (ranked) order, one after another on the pool that remains: per
 * distance band, each measure reaches only the share of the band's peak car trips (the scan's own,
 * per working day) that the measures before it left, so a switcher counts once and the total never
 * exceeds the peak trips. Who overlaps
 * with whom is unknown without per-employee data; within a band the measures are taken to reach the
 * remaining drivers in proportion (docs/method.md, Advice). Participants and CO2 shrink by the same
 * factor as the avoidances.
 */
export function combinePackage(items: { rule: GroupRule; sized: SizedMeasure }[], input: AdviceInput): AdvicePackage {
  const perDriver = input.carCommuters > 0 ? input.peakCarTripsPerWorkingDay / input.carCommuters : 0;
  const start = input.carBands.map((b) => Math.max(0, b.carCommuters) * perDriver); // peak car trips per working day by band
  const remaining = [...start];
  let participants = 0;
  let avoidancesPerDay = 0;
  let co2TonnesPerYear = 0;
  for (const { rule, sized } of items) {
    const weights = bandWeights(rule, input);
    const left = weights.reduce((s, w, i) => s + (start[i]! > 0 ? w * (remaining[i]! / start[i]!) : 0), 0);
    const factor = weights.every((w) => w === 0) ? 1 : left; // a group without car commuters (flights) overlaps nothing
    participants += sized.participants * factor;
    avoidancesPerDay += sized.avoidancesPerDay * factor;
    co2TonnesPerYear += sized.co2TonnesPerYear * factor;
    // the trips this measure avoids are gone from the pool of its bands
    const avoided = sized.avoidancesPerDay * factor;
    weights.forEach((w, i) => {
      if (start[i]! <= 0 || left <= 0) return;
      const share = (w * (remaining[i]! / start[i]!)) / left;
      remaining[i] = Math.max(0, remaining[i]! - avoided * share);
    });
  }
  const peak = input.peakCarTripsPerWorkingDay;
  return {
    ids: items.map((i) => i.sized.id),
    participants,
    avoidancesPerDay: Math.min(avoidancesPerDay, Math.max(0, peak)),
    co2TonnesPerYear,
    shareOfPeakTrips: peak > 0 ? Math.min(1, avoidancesPerDay / peak) : null,
  };
}
