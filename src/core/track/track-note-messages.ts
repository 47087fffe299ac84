import { defineMessages } from '../i18n/index.js';

/**
 * The tracking core's notes and missing-goal reasons, as `track show` prints them (naming the
 * command that helps). They travel as Texts with their figures as values: a report says the same
 * in its own words (no command) by key, never by reading the sentence back.
 */
export const trackNoteMessages = defineMessages('trackNotes', {
  nl: {
    mixedBasis: 'de jaren mengen well-to-wheel- en tank-to-wheel-CO2; vergelijk ze voorzichtig',
    noCo2Goal: 'geen CO2-doel ingesteld (npx mobiscan goal set --kind co2-reduction)',
    co2GoalYears: 'het CO2-doel heeft geen basisjaar of doeljaar',
    noBaselineCo2: 'geen CO2 voor het basisjaar {year}: typ het in met npx mobiscan track co2 --year {year} --km-file BESTAND, of bewaar een scan van dat jaar',
    noBaseline: 'nog geen nulmeting: leg er een vast met npx mobiscan track baseline; vermeden ritten hebben die nodig',
    fewBaselineDays: 'de nulmeting rust op te weinig werkdagen ({from, date, ::ddMMyyyy} t/m {to, date, ::ddMMyyyy})',
    flaggedLeftOut: '{n, plural, one {# periode} other {# perioden}} met te weinig werkdagen {n, plural, one {wordt} other {worden}} getoond maar niet meegeteld voor de doelstatus',
    noHeadcount: 'het doel telt per medewerker, maar sommige perioden hebben geen medewerkersaantal; hun aandeel telt zoals geteld',
  },
  en: {
    mixedBasis: 'the years mix well-to-wheel and tank-to-wheel CO2; compare them with care',
    noCo2Goal: 'no CO2 goal set (npx mobiscan goal set --kind co2-reduction)',
    co2GoalYears: 'the CO2 goal has no baseline year or target year',
    noBaselineCo2: 'no CO2 for the baseline year {year}: type it with npx mobiscan track co2 --year {year} --km-file FILE or save a scan of that year',
    noBaseline: 'no baseline yet: set one with npx mobiscan track baseline; avoidances need it',
    fewBaselineDays: 'the baseline rests on too few working days ({from, date, ::ddMMyyyy} to {to, date, ::ddMMyyyy})',
    flaggedLeftOut: '{n, plural, one {# period} other {# periods}} with too few working days {n, plural, one {is} other {are}} shown but left out of the goal status',
    noHeadcount: 'the goal counts per employee, but some periods lack a headcount; their share is taken as counted',
  },
});
