import { defineMessages, text, type Text } from '../i18n/index.js';
import { COLUMN_ROLES, type ColumnRole } from './types.js';

/**
 * The words for what a column of an HR export was understood as (`columns`, the scan's
 * questions and errors): the role names, the kinds of personal data dropped, how sure, and why
 * a column was left out. Keys follow the codes in types.ts, so --json keeps the codes.
 */
export const columnWordsMessages = defineMessages('columnWords', {
  nl: {
    role_homePostcode: 'postcode woonadres',
    role_workLocation: 'werklocatie',
    role_country: 'land',
    role_homePlace: 'woonplaats',
    role_employeeId: 'personeelsnummer',
    role_fte: 'fte',
    role_hoursPerWeek: 'uren per week',
    role_workdaysPerWeek: 'werkdagen per week',
    role_homeworkDaysPerWeek: 'thuiswerkdagen per week',
    role_mode: 'vervoerwijze',
    role_leaseCar: 'leaseauto',
    role_fuel: 'brandstof',
    role_allowance: 'reiskostenvergoeding',
    role_distanceKm: 'woon-werkafstand (km)',
    role_startTime: 'begintijd',
    role_shift: 'dienst of rooster',
    personal_name: 'naam',
    personal_street: 'straat',
    personal_houseNumber: 'huisnummer',
    personal_birthDate: 'geboortedatum',
    personal_email: 'e-mailadres',
    personal_phone: 'telefoonnummer',
    personal_bsn: 'BSN',
    personal_iban: 'IBAN',
    personal_licencePlate: 'kenteken',
    personal_other: 'persoonsgegeven',
    by_mapping: 'volgens --columns',
    by_header: 'op kolomnaam',
    by_content: 'op inhoud',
    ignored_columns: 'genegeerd via --columns',
    ignored_date: 'een datum; niet gebruikt',
    ignored_leave: 'verlof; niet gebruikt',
    ignored_parking: 'parkeren; niet gebruikt',
    ignored_employment: 'soort dienstverband; niet gebruikt',
    ignored_empty: 'lege kolom',
    ignored_unused: 'geen kolom die mobiscan gebruikt',
    ignored_second: 'tweede kandidaat voor {role}',
    ignored_ambiguous: 'onduidelijk: {n, number} kolommen kunnen {role} zijn',
    header: '#|kolomnaam|opgevat als|zekerheid|voorbeelden',
    dropped: 'weggelaten: {kind}',
    ignored: 'genegeerd: {reason}',
    empty: '(leeg)',
    personalNotShown: '(persoonsgegeven, niet getoond)',
    notShown: '(niet getoond)',
    confidence: '{share, number, ::percent} {by}',
    source: '{file} ({where}); kolomnamen op rij {row, number}',
    delimiter: 'scheidingsteken "{value}"',
    sheet: 'blad "{value}"',
    note: 'let op: {text}',
    mapping: 'kolomindeling: {text}',
    missing: 'ontbreekt: {text}',
    ambiguous: '{n, number} kolommen kunnen de {role} zijn: {headers} (gebruik --columns map.json met {fix})',
    noColumnHome: 'geen kolom voor de postcode of woonplaats van het woonadres (gebruik --columns map.json met {fix})',
    noColumn: 'geen kolom voor de {role} (gebruik --columns map.json met {fix})',
    columnN: 'kolom {n, number}',
  },
  en: {
    role_homePostcode: 'home postcode',
    role_workLocation: 'work location',
    role_country: 'country',
    role_homePlace: 'home place',
    role_employeeId: 'personnel number',
    role_fte: 'FTE',
    role_hoursPerWeek: 'hours per week',
    role_workdaysPerWeek: 'workdays per week',
    role_homeworkDaysPerWeek: 'work-from-home days per week',
    role_mode: 'mode of travel',
    role_leaseCar: 'lease car',
    role_fuel: 'fuel',
    role_allowance: 'travel allowance',
    role_distanceKm: 'commute distance (km)',
    role_startTime: 'start time',
    role_shift: 'shift or roster',
    personal_name: 'name',
    personal_street: 'street',
    personal_houseNumber: 'house number',
    personal_birthDate: 'birth date',
    personal_email: 'e-mail address',
    personal_phone: 'phone number',
    personal_bsn: 'BSN',
    personal_iban: 'IBAN',
    personal_licencePlate: 'licence plate',
    personal_other: 'personal data',
    by_mapping: 'by --columns',
    by_header: 'by header',
    by_content: 'by content',
    ignored_columns: 'ignored by --columns',
    ignored_date: 'a date; not used',
    ignored_leave: 'leave; not used',
    ignored_parking: 'parking; not used',
    ignored_employment: 'employment type; not used',
    ignored_empty: 'empty column',
    ignored_unused: 'not a column mobiscan uses',
    ignored_second: 'second candidate for {role}',
    ignored_ambiguous: 'ambiguous: {n, number} columns could be {role}',
    header: '#|header|understood as|confidence|samples',
    dropped: 'dropped: {kind}',
    ignored: 'ignored: {reason}',
    empty: '(empty)',
    personalNotShown: '(personal data, not shown)',
    notShown: '(not shown)',
    confidence: '{share, number, ::percent} {by}',
    source: '{file} ({where}); header on row {row, number}',
    delimiter: 'delimiter "{value}"',
    sheet: 'sheet "{value}"',
    note: 'note: {text}',
    mapping: 'mapping: {text}',
    missing: 'missing: {text}',
    ambiguous: '{n, number} columns could be the {role}: {headers} (use --columns map.json with {fix})',
    noColumnHome: 'no column for the home postcode or home place (use --columns map.json with {fix})',
    noColumn: 'no column for the {role} (use --columns map.json with {fix})',
    columnN: 'column {n, number}',
  },
});

/** The message key of an ignored column's reason (the core keeps the English phrase, for --json). */
export const IGNORED_REASON_KEYS: Readonly<Record<string, string>> = {
  'ignored by --columns': 'ignored_columns',
  'a date; not used': 'ignored_date',
  'leave; not used': 'ignored_leave',
  'parking; not used': 'ignored_parking',
  'employment type; not used': 'ignored_employment',
  'empty column': 'ignored_empty',
  'not a column mobiscan uses': 'ignored_unused',
};

const SECOND = /^second candidate for (\w+)$/;
const AMBIGUOUS = /^ambiguous: (\d+) columns could be (\w+)$/;
const isRole = (role: string | undefined): role is ColumnRole => (COLUMN_ROLES as readonly string[]).includes(role ?? '');

/**
 * Why a column was left out, in the reader's words. The core keeps an English phrase per reason
 * (`columns --json` shows it as a stable value); a phrase it does not know is shown as it is.
 */
export function ignoredReasonText(reason: string): Text | string {
  const key = IGNORED_REASON_KEYS[reason];
  if (key !== undefined) return text(columnWordsMessages, key as 'ignored_unused');
  const second = SECOND.exec(reason);
  if (second && isRole(second[1])) return text(columnWordsMessages, 'ignored_second', { role: text(columnWordsMessages, `role_${second[1]}`) });
  const ambiguous = AMBIGUOUS.exec(reason);
  if (ambiguous && isRole(ambiguous[2])) {
    return text(columnWordsMessages, 'ignored_ambiguous', { n: Number(ambiguous[1]), role: text(columnWordsMessages, `role_${ambiguous[2]}`) });
  }
  return reason;
}
