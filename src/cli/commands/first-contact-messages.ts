import { defineMessages } from '../../core/i18n/index.js';

/** Terminal texts of scan, report, batch and demo around their results: next steps, warnings, questions. */
export const firstContactMessages = defineMessages('firstContact', {
  nl: {
    nextPrefix: 'volgende stap: ',
    nextReport: 'npx mobiscan report --company {company}',
    nextSave: 'bewaar de scan voor een rapport: npx mobiscan scan {file} --company ID (een bedrijf in een werkmap; zie npx mobiscan company --help)',
    nextOpen: 'open {file}',
    nextOpenAlliance: 'open {file}; het alliantierapport: npx mobiscan report --alliance',
    badExportDate: '--export-date {value}: geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-10-01',
    someUnmatched: '{unmatched, number} van de {employees, number} medewerkers werken op een locatie die de scan niet kent; ze tellen mee in de totalen, niet per locatie',
    unmatchedExport: '{name} hoort bij geen lid van deze werkmap en is niet gescand; noem het bestand naar een lid-id (asz.csv), of voeg het lid eerst toe',
    askUnplaced: 'Waar is werklocatie "{value}" ({rows, plural, one {# rij} other {# rijen}})? Postcode, plaats of lat,lon; leeg laat ze zonder locatie:',
    askTooMany: 'De kolom "{column}" heeft {values, number} verschillende waarden. Waar werken deze medewerkers? Postcode, plaats of lat,lon:',
    askNoColumn: 'Het bestand heeft geen kolom met de werklocatie. Waar werken deze medewerkers? Postcode, plaats of lat,lon:',
    askNeeded: 'een postcode, plaats of lat,lon is nodig',
    demoDone: 'klaar. De rapporten staan in {dir}/ (per lid een Excel-werkmap en een pdf, en {alliance}*.pdf voor de alliantie).',
    demoExplore: 'Verder kijken: npx mobiscan track show --company asz --workspace {dir}',
  },
  en: {
    nextPrefix: 'next: ',
    nextReport: 'npx mobiscan report --company {company}',
    nextSave: 'save the scan for a report: npx mobiscan scan {file} --company ID (a company of a workspace; see npx mobiscan company --help)',
    nextOpen: 'open {file}',
    nextOpenAlliance: 'open {file}; the alliance report: npx mobiscan report --alliance',
    badExportDate: '--export-date {value}: not a date; expected YYYY-MM-DD, e.g. 2026-10-01',
    someUnmatched: '{unmatched, number} of {employees, number} employees work at a location the scan does not know; they count in the totals but not per location',
    unmatchedExport: '{name} belongs to no member of this workspace and was not scanned; name it after a member id (asz.csv), or add the member first',
    askUnplaced: 'Where is work location "{value}" ({rows, plural, one {# row} other {# rows}})? Postcode, place or lat,lon; empty leaves them unplaced:',
    askTooMany: 'Column "{column}" holds {values, number} different values. Where do these employees work? Postcode, place or lat,lon:',
    askNoColumn: 'The export has no work-location column. Where do these employees work? Postcode, place or lat,lon:',
    askNeeded: 'a postcode, place or lat,lon is needed',
    demoDone: 'done. The reports are in {dir}/ (one Excel workbook and PDF per member, and {alliance}*.pdf for the alliance).',
    demoExplore: 'Explore further with: npx mobiscan track show --company asz --workspace {dir}',
  },
});
