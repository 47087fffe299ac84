import { defineMessages } from '../i18n/index.js';

/**
 * The reason of a rejected row or a dropped value of an HR export, as the terminal, the rejects
 * file and `--json` show it beside the row, the column and the stable code. A value is quoted
 * only when it cannot name anyone (read-optional-fields.ts `quote`).
 */
export const rowProblemMessages = defineMessages('ingestRow', {
  nl: {
    emptyRow: 'lege rij',
    repeatedHeader: 'de kopregel staat hier nog een keer',
    value: '{field} {value}: {reason}',
    invalidCountry: 'land {value}: {reason}; {country} aangenomen',
    invalidDistance: 'afstand {value}: {reason}',
    postcodeRejected: 'postcode: {reason}; ook geen woonplaats of afstand, dus de woning is niet te plaatsen (vul de postcode aan in de export)',
    postcodeWarned: 'postcode: {reason}; de woonplaats of afstand wordt gebruikt',
    noHomeLocation: 'geen postcode, woonplaats of afstand van de woning (vul er een aan in de export)',
    unissuedLetters: 'de postcodeletters SA, SD en SS worden nooit uitgegeven; geplaatst op de eerste vier cijfers',
    distanceOnly: 'alleen HR-afstand: geen bruikbare postcode of woonplaats; meegeteld met de afstand uit de HR-export, niet op de kaart en zonder schatting voor het openbaar vervoer',
    countryMismatch: 'de postcode begint met {prefix}, de landkolom zegt {column}; {prefix} aangenomen',
    duplicateId: 'hetzelfde personeelsnummer als rij {first}; deze rij is overgeslagen',
    homeworkExceedsWorkdays: 'thuiswerkdagen ({homework, number}) zijn meer dan werkdagen ({workdays, number})',
    valueNotShown: '(waarde niet getoond)',
    field_fte: 'FTE',
    field_hours: 'uren per week',
    field_workdays: 'werkdagen per week',
    field_homework: 'thuiswerkdagen',
    field_mode: 'vervoerwijze',
    field_leaseCar: 'leaseauto',
    field_fuel: 'brandstof',
    field_allowance: 'reiskostenvergoeding',
    field_start: 'begintijd',
  },
  en: {
    emptyRow: 'empty row',
    repeatedHeader: 'the header row repeated',
    value: '{field} {value}: {reason}',
    invalidCountry: 'country {value}: {reason}; using {country}',
    invalidDistance: 'distance {value}: {reason}',
    postcodeRejected: 'postcode {reason}; no home place or distance either, so the home cannot be placed (add the postcode to the export)',
    postcodeWarned: 'postcode {reason}; using the home place or distance',
    noHomeLocation: 'no home postcode, home place or distance (add one to the export)',
    unissuedLetters: 'postcode letters SA, SD and SS are never issued; placed by its PC4',
    distanceOnly: 'HR distance only: no usable home postcode or place; counted by its HR distance, not on the map, no public transport estimate',
    countryMismatch: 'postcode prefix says {prefix}, country column says {column}; using {prefix}',
    duplicateId: 'same personnel number as row {first}; row skipped',
    homeworkExceedsWorkdays: 'work-from-home days ({homework, number}) exceed workdays ({workdays, number})',
    valueNotShown: '(value not shown)',
    field_fte: 'FTE',
    field_hours: 'hours per week',
    field_workdays: 'workdays per week',
    field_homework: 'work-from-home days',
    field_mode: 'mode',
    field_leaseCar: 'lease car',
    field_fuel: 'fuel',
    field_allowance: 'allowance',
    field_start: 'start time',
  },
});

/** A key of rowProblemMessages. */
export type RowProblemKey = keyof (typeof rowProblemMessages)['messages']['nl'];
