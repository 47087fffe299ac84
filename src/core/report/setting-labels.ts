/**
 * How each scan setting reads in a report: a name a reader understands (never the setting's path),
 * its unit, and the public source it comes from (a key of the report texts, 'src_*'). The order
 * here is the order of the settings table in the workbook.
 */
export interface SettingLabel {
  nl: string;
  en: string;
  /** Unit in Dutch and English ('' for none). */
  unit?: [string, string];
  /** Key of the source text ('src_pct' gives "Propensity to Cycle Tool ..."). */
  source: string;
}

const km: [string, string] = ['km', 'km'];
const kmh: [string, string] = ['km/u', 'km/h'];
const min: [string, string] = ['minuten', 'minutes'];
const pct: [string, string] = ['%', '%'];

/** Labels of the default settings, by setting path. */
export const SETTING_LABELS: Record<string, SettingLabel> = {
  bands: { nl: 'Afstandsklassen (enkele reis)', en: 'Distance bands (one way)', unit: km, source: 'src_bands' },
  'detourFactor.bike': { nl: 'Omrijfactor fiets (route / hemelsbreed)', en: 'Detour factor cycling (route / straight line)', source: 'src_detour' },
  'detourFactor.car': { nl: 'Omrijfactor auto (route / hemelsbreed)', en: 'Detour factor driving (route / straight line)', source: 'src_detour' },
  'pct.goDutch': { nl: 'Fietskans bij een Nederlandse fietscultuur (PCT 2020 Go Dutch)', en: 'Cycling propensity at Dutch level (PCT 2020 Go Dutch)', source: 'src_pct' },
  'pct.ebike': { nl: 'Fietskans met e-bike (PCT 2020 E-bike)', en: 'Cycling propensity with e-bikes (PCT 2020 E-bike)', source: 'src_pct' },
  'pct.goDutch2017': { nl: 'Controlewaarden fietskans (PCT 2017, niet gebruikt in de scan)', en: 'Check values of the cycling propensity (PCT 2017, not used)', source: 'src_pct' },
  'pct.gradientPct': { nl: 'Gemiddelde helling', en: 'Average gradient', unit: pct, source: 'src_pctFlat' },
  'pct.maxDistanceKm': { nl: 'Grootste afstand voor de fietskans', en: 'Longest distance for the cycling propensity', unit: km, source: 'src_pct' },
  'pt.walkKmh': { nl: 'Loopsnelheid naar het station', en: 'Walking speed to the station', unit: kmh, source: 'src_ptTime' },
  'pt.walkMaxKm': { nl: 'Lopen tot het station tot', en: 'Walk to the station up to', unit: km, source: 'src_ptTime' },
  'pt.bikeKmh': { nl: 'Fietssnelheid naar het station', en: 'Cycling speed to the station', unit: kmh, source: 'src_ptTime' },
  'pt.bikeExtraMinutes': { nl: 'Fiets stallen bij het station', en: 'Parking the bike at the station', unit: min, source: 'src_ptTime' },
  'pt.waitMinutes': { nl: 'Wachttijd (halve frequentie)', en: 'Waiting time (half the headway)', unit: min, source: 'src_ptTime' },
  'pt.trainKmh': { nl: 'Gemiddelde snelheid in de trein', en: 'Average speed on the train', unit: kmh, source: 'src_ptTime' },
  'pt.trainDetourFactor': { nl: 'Omrijfactor spoor', en: 'Rail detour factor', source: 'src_ptTime' },
  'pt.maxAccessKm': { nl: 'Grootste afstand tot een station', en: 'Longest distance to a station', unit: km, source: 'src_assumption' },
  'pt.shareByFactor': { nl: 'OV-aandeel per reistijdfactor', en: 'PT share by travel-time factor', source: 'src_ptShare' },
  'car.speeds': { nl: 'Snelheid auto in de spits', en: 'Car speed in the peak', unit: kmh, source: 'src_ptTime' },
  'car.parkMinutes': { nl: 'Auto parkeren', en: 'Parking the car', unit: min, source: 'src_ptTime' },
  'carpool.minDistanceKm': { nl: 'Carpool: kortste enkele reis', en: 'Carpool: shortest one-way trip', unit: km, source: 'src_carpool' },
  'carpool.maxHomeDistanceKm': { nl: 'Carpool: grootste afstand tussen woningen', en: 'Carpool: longest distance between homes', unit: km, source: 'src_carpool' },
  'carpool.maxStartDifferenceMinutes': { nl: 'Carpool: grootste verschil in begintijd', en: 'Carpool: largest difference in start time', unit: min, source: 'src_carpool' },
  'carpool.maxGroupSize': { nl: 'Carpool: grootste groep', en: 'Carpool: largest group', source: 'src_assumption' },
  'carpool.uptake': { nl: 'Carpool: deelname', en: 'Carpool: uptake', unit: pct, source: 'src_rewardProjects' },
  'carpool.occupants': { nl: 'Carpool: personen per auto', en: 'Carpool: people per car', source: 'src_assumption' },
  'commuting.daysPerYearFullWeek': { nl: 'Reisdagen per jaar bij een volle werkweek', en: 'Commuting days a year for a full week', source: 'src_taxDays' },
  'commuting.fullWeekDays': { nl: 'Werkdagen van een volle werkweek', en: 'Working days of a full week', source: 'src_taxDays' },
  'peak.morning': { nl: 'Ochtendspits', en: 'Morning peak', source: 'src_peak' },
  'peak.evening': { nl: 'Avondspits', en: 'Evening peak', source: 'src_peak' },
  'peak.assumedShareWithoutStartTime': { nl: 'Aandeel ritten in de spits zonder bekende begintijd', en: 'Share of trips in the peak without a known start time', unit: pct, source: 'src_assumption' },
  'peak.workdayHours': { nl: 'Werkdag inclusief pauze', en: 'Working day including the break', unit: ['uur', 'hours'], source: 'src_assumption' },
  'peak.shiftStarts': { nl: 'Begintijden van diensten', en: 'Start times of shifts', source: 'src_assumption' },
  'modeInference.enabled': { nl: 'Vervoerwijze afleiden uit vergoeding of leaseauto', en: 'Infer the mode from allowance or lease car', source: 'src_assumption' },
  'modeInference.kmAllowanceCarMinKm': { nl: 'Km-vergoeding telt als auto vanaf', en: 'A km allowance counts as car from', unit: km, source: 'src_assumption' },
  'co2.basis': { nl: 'CO2-grondslag', en: 'CO2 basis', source: 'src_co2' },
  'co2.ptFactorKey': { nl: 'CO2-factor voor OV zonder soort', en: 'CO2 factor for PT of unknown kind', source: 'src_co2' },
  suppressionThreshold: { nl: 'Kleinste groep die getoond wordt', en: 'Smallest group shown', unit: ['medewerkers', 'employees'], source: 'src_privacy' },
  'co2.version': { nl: 'Versie van de CO2-factoren', en: 'Version of the CO2 factors', source: 'src_co2' },
  'pct.minDistanceKm': { nl: 'Kortste afstand voor de fietskans (korter telt als deze)', en: 'Shortest distance for the cycling propensity (shorter counts as this)', unit: km, source: 'src_assumption' },
  'pt.minTrainKm': { nl: 'Geen trein tussen stations dichter bij elkaar dan', en: 'No train between stations closer than', unit: km, source: 'src_assumption' },
  'pt.directLineMaxKm': { nl: 'Zonder overstap tot', en: 'Without a transfer up to', unit: km, source: 'src_assumption' },
  'pt.transferMinutes': { nl: 'Tijd voor een overstap', en: 'Time for a transfer', unit: min, source: 'src_assumption' },
  'commuting.liberationDay': { nl: 'Bevrijdingsdag vrij (eens in de vijf jaar)', en: 'Liberation Day off (once in five years)', source: 'src_assumption' },
  'modeInference.estimateUnknown': { nl: 'Onbekende vervoerwijze schatten uit landelijke cijfers', en: 'Estimate an unknown mode from national figures', source: 'src_cbsModes' },
  modeEstimate: { nl: 'Landelijke vervoerwijzen naar afstand (schatting bij onbekende vervoerwijze)', en: 'National modes by distance (estimate for an unknown mode)', source: 'src_cbsModes' },
  'co2.ovBusBelowKm': { nl: 'OV zonder soort telt als bus tot', en: 'PT of unknown kind counts as bus up to', unit: km, source: 'src_assumption' },
};
