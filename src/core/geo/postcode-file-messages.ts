import { defineMessages } from '../i18n/index.js';

/**
 * Why a postcode source file as a whole cannot be imported (its header lacks a column), and why
 * the stored metadata of an import cannot be used. Rendered in the reader's language.
 */
export const postcodeFileMessages = defineMessages('geoFile', {
  nl: {
    licenceNotStated: 'ingelezen door de gebruiker; licentie niet vermeld',
    unreadableCsv: 'geen leesbaar CSV-bestand ({detail})',
    noPostcodeColumn: 'geen postcodekolom in de kopregel (verwacht een van: {expected})',
    noCoordinateColumns: 'geen coördinaatkolommen in de kopregel (verwacht lat + lon, of x + y in RD)',
    infoNotObject: 'geen JSON-object',
    infoNoVersion: 'geen versie',
    infoNewer: 'geschreven door een nieuwere mobiscan (formaat {version, number})',
    infoNoTable: 'geen bestandsnaam van de tabel',
    infoNoDate: 'geen importdatum',
    infoNoSources: 'geen bronnen of aantallen',
  },
  en: {
    licenceNotStated: 'imported by the user; licence not stated',
    unreadableCsv: 'not a readable CSV file ({detail})',
    noPostcodeColumn: 'no postcode column in the header (expected one of: {expected})',
    noCoordinateColumns: 'no coordinate columns in the header (expected lat + lon, or x + y in RD)',
    infoNotObject: 'not a JSON object',
    infoNoVersion: 'no version',
    infoNewer: 'written by a newer mobiscan (format {version, number})',
    infoNoTable: 'no table file name',
    infoNoDate: 'no import date',
    infoNoSources: 'no sources or counts',
  },
});
