import { defineMessages } from '../i18n/index.js';

/**
 * Why a row of a tracking file (parking log, daily counts, registrations) was left out or noted,
 * beside its stable code, and how a group of such rows is summed up after an import.
 */
export const trackRowMessages = defineMessages('trackRow', {
  nl: {
    invalidTimestamp: 'geen datum en tijd (bijvoorbeeld 27-11-2026 07:45)',
    noTimeColumn: 'het logbestand heeft een kolom met datum en tijd nodig, of een kolom met de datum en een met de tijd',
    invalidDate: 'geen datum (bijvoorbeeld 27-11-2026)',
    invalidTime: 'geen tijd (bijvoorbeeld 07:45)',
    unknownDirection: 'niet in/uit/entry/exit; geteld op het tijdstip (voor 12:00 in, vanaf 12:00 uit)',
    invalidCount: 'geen heel getal van 0 of meer',
    nonWorkingDay: 'een weekenddag of feestdag; weggelaten',
    duplicateDate: 'deze datum stond er al; deze rij vervangt die',
    columnN: 'kolom {n, number}',
    group: '{rows, plural, one {# rij} other {# rijen}}: {where}{reason} ({shown, plural, one {rij} other {rijen}} {list}{more, select, true {, ...} other {}})',
    groupColumn: '{column}: ',
    kmNeedsHeader: 'het km-bestand heeft een kopregel nodig met vervoerwijze (modaliteit) en km, en eventueel brandstof',
    kmRow: 'rij {row}: {reason}',
    kmNotNumber: 'km is geen getal van 0 of meer',
    kmNoRows: 'het km-bestand heeft geen rijen onder de kopregel',
  },
  en: {
    invalidTimestamp: 'not a date and time (e.g. 27-11-2026 07:45)',
    noTimeColumn: 'the log needs a date-time column, or a date and a time column',
    invalidDate: 'not a date (e.g. 27-11-2026)',
    invalidTime: 'not a time (e.g. 07:45)',
    unknownDirection: 'not in/uit/entry/exit; counted by time of day (before noon in, after noon out)',
    invalidCount: 'not a whole number of 0 or more',
    nonWorkingDay: 'a weekend day or public holiday; left out',
    duplicateDate: 'date given before; this row replaces it',
    columnN: 'column {n, number}',
    group: '{rows, plural, one {# row} other {# rows}}: {where}{reason} ({shown, plural, one {row} other {rows}} {list}{more, select, true {, ...} other {}})',
    groupColumn: '{column}: ',
    kmNeedsHeader: 'the km file needs a header row with mode (modaliteit) and km, optionally fuel (brandstof)',
    kmRow: 'row {row}: {reason}',
    kmNotNumber: 'km is not a number of 0 or more',
    kmNoRows: 'the km file has no rows under its header',
  },
});
