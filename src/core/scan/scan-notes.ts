/** The caveats every scan result carries in its method block, to be printed with the numbers. */
export const SCAN_NOTES: readonly string[] = [
  'Distance: the one-way distance from HR when given, else great-circle distance x the detour factor (bike for bands and cycling, car for driving, PT and CO2 of motorised modes).',
  'Bands give head counts of car commuters in reach; bands are half-open, so 7.5 km falls in 7.5-15.',
  'Expected cyclists: the Propensity to Cycle Tool uptake model (Lovelace et al. 2017, doi:10.5198/jtlu.2016.862) applied to car commuters: what a Dutch-level cycling culture would give, not a forecast. E-bike counts only the increment over Go Dutch.',
  'Walking and speed pedelec: head counts only; there is no uptake model for them.',
  'PT: door-to-door time estimated from the nearest stations without a timetable; the PT share by travel-time factor is indicative and applies to what is left after cycling.',
  'Carpool: greedy groups of car commuters to the same location (settings carpool.*); expected switchers = what is left after cycling and PT x uptake x (k - 1) / k for a group of k.',
  'Peak: trips are placed by start time or shift where known, else by the stated assumption (peak.assumedShareWithoutStartTime). Car trips a day count part-timers by their share of days.',
  'Current mode: where the export does not say, inferred by the stated rule (modeInference); see dataQuality.modeRules.',
  'CO2 after: expected switches of car commuters only; a carpool passenger adds nothing to the car that was already driving.',
  'overall includes employees whose work location matched no location; the locations do not.',
];
