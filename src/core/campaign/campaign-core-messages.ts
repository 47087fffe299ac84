import { defineMessages } from '../i18n/index.js';

/** What campaign validation and registration reading say about bad input. */
export const campaignCoreMessages = defineMessages('campaign-core', {
  nl: {
    badId: 'campagne-id "{value}" kan niet: gebruik kleine letters, cijfers en streepjes (bijv. mobiliteitsweek-2026)',
    noName: 'campagne {id} heeft geen naam',
    badDate: '{field, select, from {begindatum} other {einddatum}} "{value}" is geen datum (bijv. 16-09-2026)',
    endBeforeStart: 'de einddatum {to} ligt vóór de begindatum {from}',
    unknownMembers: 'onbekende deelnemer(s): {ids}',
    noDateColumn: 'geen kolom met de datum gevonden (bijv. "Datum")',
    noCompany: 'rij {row}: bij welke deelnemer hoort deze registratie? Geef een kolom "Deelnemer" of de optie --company',
    badDateCell: 'geen datum (bijv. 16-09-2026)',
    badTrips: 'geen heel aantal ritten van 0 of meer',
    badKm: 'geen afstand in km (0 tot 500)',
    badPeak: 'niet ja of nee, en geen tijd',
    unknownMember: 'deelnemer onbekend in deze werkruimte',
    notInCampaign: 'deze deelnemer doet niet mee aan de campagne',
    noKm: 'geen km: geen afstandskolom, en het personeelsnummer is niet gevonden in het HR-bestand',
  },
  en: {
    badId: 'campaign id "{value}" is not possible: use lower case letters, digits and dashes (e.g. mobility-week-2026)',
    noName: 'campaign {id} has no name',
    badDate: '{field, select, from {start date} other {end date}} "{value}" is not a date (e.g. 16-09-2026)',
    endBeforeStart: 'the end date {to} is before the start date {from}',
    unknownMembers: 'unknown member(s): {ids}',
    noDateColumn: 'no column with the date found (e.g. "Date")',
    noCompany: 'row {row}: which member does this registration belong to? Give a "Member" column or the --company option',
    badDateCell: 'not a date (e.g. 16-09-2026)',
    badTrips: 'not a whole number of trips of 0 or more',
    badKm: 'not a distance in km (0 to 500)',
    badPeak: 'not yes or no, and not a time',
    unknownMember: 'member not known in this workspace',
    notInCampaign: 'this member does not take part in the campaign',
    noKm: 'no km: no distance column, and the personnel number was not found in the HR export',
  },
});
