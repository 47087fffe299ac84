import { defineMessages } from '../core/i18n/index.js';

/** Errors about work locations: placing them, taking them from an export, matching them. */
export const workLocationMessages = defineMessages('workLocation', {
  nl: {
    postcodeUnknown: 'werklocatie {name}: postcode {postcode} staat niet in de postcodetabel',
    postcodeHint: 'controleer de postcode, of geef coördinaten: --location "NAAM=LAT,LON"; nieuwere postcodes: download https://download.geonames.org/export/zip/NL.zip (gratis, CC BY 4.0), pak het uit en voer uit: npx mobiscan geodata import NL.txt',
    placeUnknown: 'werklocatie {name}: geen postcode of coördinaten, en geen Nederlandse plaats heet {place}',
    placeHint: 'geef een postcode of coördinaten: --location "NAAM=3318AT" of --location "NAAM=51.80,4.67"',
    badFlag: '--location {spec}: {problem}',
    badFlagHint: 'gebruik POSTCODE, PLAATS, LAT,LON, NAAM=POSTCODE, NAAM=PLAATS of NAAM=LAT,LON',
    noColumn: '{file}: de scan heeft de werklocatie(s) nodig, en het bestand heeft geen kolom met de werklocatie',
    tooMany: '{file}: de scan heeft de werklocatie(s) nodig, en de kolom "{column}" heeft {values, number} verschillende waarden, te veel voor werklocaties',
    noColumnHint: 'geef --location POSTCODE of PLAATS (bijvoorbeeld --location 3318AT of --location Dordrecht; herhaalbaar als NAAM=POSTCODE), of --company ID',
    unplaced: '{file}: werklocatie "{value}" ({rows, plural, one {# rij} other {# rijen}}, kolom "{column}") is geen Nederlandse postcode en geen plaats die mobiscan kent',
    unplacedHint: 'geef elke werklocatie, met de naam zoals het bestand die schrijft: {flags}',
    mismatch: '{file}: {unmatched, number} van de {employees, number} medewerkers werken op geen van de locaties {names}; het bestand noemt {values}.',
    notSaved: ' De scan is niet opgeslagen.',
    mismatchHint: 'noem de locaties zoals het bestand ze noemt (--location "NAAM=POSTCODE" met NAAM uit het bestand), of laat --location weg om ze uit het bestand te halen',
  },
  en: {
    postcodeUnknown: 'work location {name}: postcode {postcode} is not in the postcode table',
    postcodeHint: 'check the postcode, or give coordinates: --location "NAME=LAT,LON"; for newer postcodes download https://download.geonames.org/export/zip/NL.zip (free, CC BY 4.0), unzip it and run: npx mobiscan geodata import NL.txt',
    placeUnknown: 'work location {name}: no postcode or coordinates, and no Dutch place is called {place}',
    placeHint: 'give a postcode or coordinates: --location "NAME=3318AT" or --location "NAME=51.80,4.67"',
    badFlag: '--location {spec}: {problem}',
    badFlagHint: 'use POSTCODE, PLACE, LAT,LON, NAME=POSTCODE, NAME=PLACE or NAME=LAT,LON',
    noColumn: '{file}: the scan needs the work location(s), and it has no work-location column',
    tooMany: '{file}: the scan needs the work location(s), and its column "{column}" holds {values, number} different values, too many for work locations',
    noColumnHint: 'pass --location POSTCODE or PLACE (e.g. --location 3318AT, --location Dordrecht; repeatable as NAME=POSTCODE), or --company ID',
    unplaced: '{file}: work location "{value}" ({rows, plural, one {# row} other {# rows}}, column "{column}") is neither a Dutch postcode nor a place mobiscan knows',
    unplacedHint: 'give every work location, named as the export writes it: {flags}',
    mismatch: '{file}: {unmatched, number} of {employees, number} employees work at none of the locations {names}; the export names {values}.',
    notSaved: ' The scan was not saved.',
    mismatchHint: 'name the locations as the export does (--location "NAME=POSTCODE" with NAME as in the export), or leave out --location to take them from the export',
  },
});
