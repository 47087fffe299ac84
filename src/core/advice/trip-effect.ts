import type { DirectMeasure } from './catalogue-schema.js';
import type { AdviceInput, AdviceSettings, Evidence, ReasonKey } from './types.js';

/** What a measure does to car trips, before CO2: avoidances per working day and car trips removed a year. */
export interface TripEffect {
  avoidancesPerDay: number;
  /** Car trips no longer made by car at all (a trip moved to a car outside the peak still counts as driven). */
  carTripsRemovedPerYear: number;
  /** The catalogue figure the effect rests on, for the evidence level. */
  figure: { value: number; evidence: Evidence } | undefined;
  reasons: ReasonKey[];
}

const finite = (x: number): number => (Number.isFinite(x) ? Math.max(0, x) : 0);

/** The scan's own peak car trips per car commuter per working day (never more than the trips of a day). */
export function peakTripsPerCarCommuter(input: AdviceInput, settings: AdviceSettings): number {
  return input.carCommuters > 0 ? Math.min(settings.tripsPerCommutingDay, finite(input.peakCarTripsPerWorkingDay / input.carCommuters)) : 0;
}

/**
 * Turns a measure's trip figure into avoidances, applying the peak share exactly once:
 * - avoidances per participant per day are already peak trips avoided: participants x figure;
 * - car trips moved per commuting day are all-day trips: participants x (moved / 2) x the scan's own
 *   peak car trips per car commuter per working day (presence and peak share in one figure);
 * - a share of peak car trips is a rate per peak car trip: rate x the scan's peak car trips per
 *   working day (never an assumed 2 per driver).
 * Car trips removed a year leave out the share still driven outside the peak.
 */
export function tripEffect(effect: DirectMeasure['effect'], participants: number, input: AdviceInput, settings: AdviceSettings): TripEffect {
  const keptByCar = Math.min(1, finite(effect.offPeakCarShare?.value ?? 0));
  const workingDays = finite(input.workingDaysPerYear);
  const perDriver = peakTripsPerCarCommuter(input, settings);
  if (effect.peakAvoidancesPerParticipantPerDay) {
    const figure = effect.peakAvoidancesPerParticipantPerDay;
    const avoidancesPerDay = participants * Math.min(settings.tripsPerCommutingDay, finite(figure.value));
    return { avoidancesPerDay, carTripsRemovedPerYear: avoidancesPerDay * workingDays * (1 - keptByCar), figure, reasons: ['moves-trips', 'peak-avoidances-per-participant'] };
  }
  if (effect.carTripsMovedPerCommutingDay) {
    const figure = effect.carTripsMovedPerCommutingDay;
    const moved = Math.min(settings.tripsPerCommutingDay, finite(figure.value));
    const avoidancesPerDay = participants * (moved / settings.tripsPerCommutingDay) * perDriver;
    const carTripsRemovedPerYear = participants * moved * finite(input.commutingDaysPerYear) * (1 - keptByCar);
    return { avoidancesPerDay, carTripsRemovedPerYear, figure, reasons: ['moves-trips', 'peak-share-company-average'] };
  }
  if (effect.shareOfPeakCarTrips) {
    const figure = effect.shareOfPeakCarTrips;
    const avoidancesPerDay = Math.min(1, finite(figure.value)) * finite(input.peakCarTripsPerWorkingDay);
    return { avoidancesPerDay, carTripsRemovedPerYear: avoidancesPerDay * workingDays * (1 - keptByCar), figure, reasons: ['moves-trips', 'rate-per-peak-trip'] };
  }
  return { avoidancesPerDay: 0, carTripsRemovedPerYear: 0, figure: undefined, reasons: [] };
}
