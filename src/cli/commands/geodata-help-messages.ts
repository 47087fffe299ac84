import { defineMessages } from '../../core/i18n/index.js';

/** The help of `mobiscan geodata import|status`. */
export const geodataHelpMessages = defineMessages('geodataHelp', {
  nl: {
    description: 'importeer een postcodetabel (GeoNames of CSV) en toon welke geodata er geladen zijn',
    exGeonames: 'het postcodebestand van GeoNames voor Nederland (gratis, uit NL.zip van GeoNames)',
    importDescription: 'importeer postcodecoördinaten; vervangt de vorige import in zijn geheel',
    argFiles: 'postcodebestand van GeoNames (NL.txt, BE.txt, DE.txt) of CSV/TSV met een kopregel',
    optFormat: 'bestandsformaat (standaard: automatisch herkend)',
    optDataDir: 'gegevensmap (standaard: MOBISCAN_DATA_DIR, anders de gegevensmap van de gebruiker)',
    optAttribution: 'bron en licentie van een CSV, zoals de rapporten die vermelden',
    importExplanation: `GeoNames publiceert de Nederlandse postcodes gratis (CC BY 4.0): download NL.zip van
https://download.geonames.org/export/zip/ en pak het uit. Een CSV heeft een kopregel nodig met een
postcodekolom (PC4 of PC6) en lat + lon (WGS84) of x + y (RD, EPSG:28992). Rijen die elkaar
tegenspreken of ver van hun buren liggen, worden verbeterd of weggelaten, en dat wordt gemeld.`,
    exAtOnce: 'Nederlandse, Belgische en Duitse postcodes in één keer',
    statusDescription: 'toon de geladen postcodetabel met bron en bronvermelding, en de ingebouwde tabellen',
  },
  en: {
    description: 'import a postcode table (GeoNames or CSV) and show what geodata is loaded',
    exGeonames: "the GeoNames NL postal-code file (free, from GeoNames' NL.zip)",
    importDescription: 'import postcode coordinates; replaces the earlier import as a whole',
    argFiles: 'GeoNames postal-code file (NL.txt, BE.txt, DE.txt) or CSV/TSV with a header',
    optFormat: 'file format (default: detected)',
    optDataDir: 'data folder (default: MOBISCAN_DATA_DIR, else the user data folder)',
    optAttribution: 'source and licence of a CSV, quoted in reports',
    importExplanation: `GeoNames publishes the Dutch postal codes for free (CC BY 4.0): download NL.zip from
https://download.geonames.org/export/zip/ and unzip it. A CSV needs a header with a postcode
column (PC4 or PC6) and lat + lon (WGS84) or x + y (Dutch RD, EPSG:28992). Rows that disagree
or lie far from their neighbours are corrected or dropped, and reported.`,
    exAtOnce: 'Dutch, Belgian and German postcodes at once',
    statusDescription: 'show the loaded postcode table, its source and attribution, and the built-in tables',
  },
});
