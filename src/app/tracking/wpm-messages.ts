import { defineMessages } from '../../core/i18n/index.js';

/** What `wpm` prints: the commuting part of the WPM report from the latest scan. */
export const wpmMessages = defineMessages('wpm', {
  nl: {
    missingYear: 'wpm: --year ontbreekt',
    missingYearHint: 'geef --year JJJJ, het jaar van de rapportage',
    noScan: 'nog geen scan voor {company}',
    noScanHint: 'scan eerst de HR-export: npx mobiscan scan BESTAND --company {company}',
    title: 'WPM woon-werkverkeer {year} voor {company} (schatting uit de scan van {date})',
    header: 'categorie|km|CO2 TTW kg',
    total: 'Totaal',
    note: 'let op: {text}',
    assumed: 'aangenomen: {text}',
    warning: 'waarschuwing: {text}',
    writtenTo: 'geschreven naar {file}',
  },
  en: {
    missingYear: 'wpm: missing --year',
    missingYearHint: 'pass --year YYYY, the year the report covers',
    noScan: 'no scan for {company} yet',
    noScanHint: 'scan its HR export first: npx mobiscan scan FILE --company {company}',
    title: 'WPM commuting {year} for {company} (estimate from the scan of {date})',
    header: 'category|km|CO2 TTW kg',
    total: 'Total',
    note: 'note: {text}',
    assumed: 'assumed: {text}',
    warning: 'warning: {text}',
    writtenTo: 'written to {file}',
  },
});
