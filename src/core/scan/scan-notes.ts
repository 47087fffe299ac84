/** The caveats every scan result carries in its method block, to be printed with the numbers. */
export const SCAN_NOTES: readonly string[] = [
  'Distance: the one-way distance from HR when given, else great-circle distance x the detour factor (bike for bands and cycling, car for driving, PT and CO2 of motorised modes); a home placed more than 250 km away gets no distance, like an HR distance over 250 km.',
  'In reach: head counts of car commuters by distance band; bands are half-open, so 7.5 km falls in 7.5-15. No behaviour is assumed.',
  'Scenario: the Propensity to Cycle Tool (Lovelace et al. 2017, doi:10.5198/jtlu.2016.862) gives the cycling share of ALL commuters at a distance; per location x band, extra cyclists = max(0, sum of shares - cyclists now), taken from the other modes in proportion. What a Dutch-level cycling culture would give, not a forecast; a group already at that level gives no extra. The e-bike counts only what it adds to Go Dutch. Distances under 1 km count as 1 km, over 30 km as 30 km.',
  'PT: door-to-door train time estimated from the nearest rail stations without a timetable (one transfer beyond 30 km in the train; no train between stations under 5 km apart); the PT share by travel-time factor is indicative and applied like the cycling share, after cycling. Bus, tram and metro are not in the station table.',
  'Carpool: greedy groups of car commuters to the same location (settings carpool.*); of what the scenario leaves in the car, carpool.uptake x (k - 1) / k for a member of a group of k (an assumption, not the PCT).',
  'Peak: trips are placed by start time or shift where known, else by the stated assumption (peak.assumedShareWithoutStartTime). Trips per working day = commuting days / working days of the scan year (weekdays minus Dutch public holidays): a full-timer drives on about 84% of them.',
  'Current mode: where the export does not say, inferred by the stated rule (modeInference), else estimated from national shares by distance (modeEstimate, CBS) and counted as estimated.',
  'CO2 in the scenario: the scenario\'s car drivers only; a carpool passenger adds nothing to the car that was already driving. Motorcycle and moped factors are indicative; OV of unknown kind counts as bus under 7.5 km, train from 7.5 km.',
  'overall includes employees whose work location matched no location; the locations do not.',
];
