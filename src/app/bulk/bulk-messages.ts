import { defineMessages } from '../../core/i18n/index.js';

/** Texts of the measure catalogue and of importing goals and measures from a file. */
export const bulkMessages = defineMessages('bulk', {
  nl: {
    unknownMeasure: "‘{measure}’ is geen maatregel uit de catalogus",
    didYouMean: 'bedoelt u {suggestion}? De hele lijst: npx mobiscan measure catalogue',
    noSuggestion: 'kies een id uit npx mobiscan measure catalogue, of beschrijf de maatregel in gewone woorden (met spaties)',
    catalogueHeader: 'Id|Maatregel|Soort',
    kind_direct: 'direct',
    kind_supporting: 'ondersteunend',
    rowError: 'rij {row}: {message}',
    rowsRefused: '{file}: {n, plural, one {# rij is} other {# rijen zijn}} niet te gebruiken; er is niets ingelezen',
    rowsRefusedHint: 'verbeter de rijen hierboven en lees het bestand opnieuw in (wat al stond, blijft staan)',
    unknownCompany: "bedrijf ‘{company}’ bestaat niet (zie npx mobiscan company list)",
    missingField: '{field} ontbreekt',
    badDate: "{field}: ‘{value}’ is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)",
    tooLong: '{field}: hoogstens {max} tekens',
    goalsImported: '{file}: {set, plural, one {# doel} other {# doelen}} nieuw of gewijzigd, {same} ongewijzigd',
    measuresImported: '{file}: {added, plural, one {# maatregel} other {# maatregelen}} vastgelegd, {known} stonden er al',
  },
  en: {
    unknownMeasure: "‘{measure}’ is not a measure in the catalogue",
    didYouMean: 'did you mean {suggestion}? The whole list: npx mobiscan measure catalogue',
    noSuggestion: 'pick an id from npx mobiscan measure catalogue, or describe the measure in plain words (with spaces)',
    catalogueHeader: 'Id|Measure|Kind',
    kind_direct: 'direct',
    kind_supporting: 'supporting',
    rowError: 'row {row}: {message}',
    rowsRefused: '{file}: {n, plural, one {# row is} other {# rows are}} unusable; nothing was imported',
    rowsRefusedHint: 'fix the rows above and import the file again (what was stored stays as it is)',
    unknownCompany: "company ‘{company}’ does not exist (see npx mobiscan company list)",
    missingField: '{field} is missing',
    badDate: "{field}: ‘{value}’ is not a date (YYYY-MM-DD or DD-MM-YYYY)",
    tooLong: '{field}: at most {max} characters',
    goalsImported: '{file}: {set, plural, one {# goal} other {# goals}} new or changed, {same} unchanged',
    measuresImported: '{file}: {added, plural, one {# measure} other {# measures}} recorded, {known} were there already',
  },
});
