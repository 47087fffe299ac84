import { defineMessages, translator, type Lang } from '../i18n/index.js';

/**
 * Readable words for the codes of rejected and warned rows ("3x ongeldige postcode" instead of
 * "3x invalid-postcode"); --json and the rejects file keep the codes.
 */
export const problemMessages = defineMessages('ingestProblem', {
  nl: {
    'code_empty-row': 'lege rij',
    'code_repeated-header': 'herhaalde kopregel',
    'code_invalid-country': 'onbekend land',
    'code_invalid-distance': 'ongeldige afstand',
    'code_invalid-postcode': 'ongeldige postcode',
    'code_no-home-location': 'geen postcode, woonplaats of afstand',
    'code_postcode-letters-never-issued': 'postcodeletters die nooit zijn uitgegeven',
    'code_distance-only': 'alleen een afstand uit de HR-export',
    'code_country-mismatch': 'land en postcode spreken elkaar tegen',
    'code_duplicate-id': 'dubbel personeelsnummer',
    'code_invalid-allowance': 'onbekende reiskostenvergoeding',
    'code_invalid-fte': 'ongeldige fte',
    'code_invalid-fuel': 'onbekende brandstof',
    'code_invalid-homework-days': 'ongeldig aantal thuiswerkdagen',
    'code_invalid-hours': 'ongeldig aantal uren',
    'code_invalid-lease-car': 'leaseauto niet ja of nee',
    'code_invalid-mode': 'onbekende vervoerwijze',
    'code_invalid-time': 'ongeldige tijd',
    'code_invalid-workdays': 'ongeldig aantal werkdagen',
    count: '{n, number}x {what}',
    noUsableRows: '{path}: geen bruikbare rijen: {read, number} gelezen, {rejected, number} afgewezen{why}',
    noUsableRowsHint: 'controleer of het bestand de medewerkerslijst is met één rij per medewerker; npx mobiscan columns BESTAND laat zien hoe de kolommen zijn opgevat; --rejects BESTAND zet elke afgewezen rij op een rij',
    noHeader: '{path}: geen kopregel gevonden: de eerste rijen bevatten waarden die op gegevens lijken (postcodes, datums, getallen, e-mailadressen), geen kolomnamen',
    noHeaderHint: 'zet de kopregel in de export, of noem de kolommen bij nummer met --columns map.json, bijvoorbeeld {example}',
    noRows: '{path}: het bestand bevat geen rijen met gegevens',
    noRowsHint: 'exporteer de medewerkerslijst opnieuw, met een kopregel en één rij per medewerker',
    unresolved: '{path}: {problems}',
    unresolvedHint: 'npx mobiscan columns BESTAND laat zien hoe de kolommen zijn opgevat; geef daarna --columns map.json',
  },
  en: {
    'code_empty-row': 'empty row',
    'code_repeated-header': 'repeated header row',
    'code_invalid-country': 'unknown country',
    'code_invalid-distance': 'invalid distance',
    'code_invalid-postcode': 'invalid postcode',
    'code_no-home-location': 'no postcode, home place or distance',
    'code_postcode-letters-never-issued': 'postcode letters never issued',
    'code_distance-only': 'only a distance from the HR export',
    'code_country-mismatch': 'country and postcode disagree',
    'code_duplicate-id': 'duplicate personnel number',
    'code_invalid-allowance': 'unknown travel allowance',
    'code_invalid-fte': 'invalid FTE',
    'code_invalid-fuel': 'unknown fuel',
    'code_invalid-homework-days': 'invalid work-from-home days',
    'code_invalid-hours': 'invalid hours',
    'code_invalid-lease-car': 'lease car not yes or no',
    'code_invalid-mode': 'unknown mode of travel',
    'code_invalid-time': 'invalid time',
    'code_invalid-workdays': 'invalid workdays',
    count: '{n, number}x {what}',
    noUsableRows: '{path}: no usable rows: {read, number} read, {rejected, number} rejected{why}',
    noUsableRowsHint: 'check that the file is the employee export with one row per employee; npx mobiscan columns FILE shows how its columns were understood; --rejects FILE lists every rejected row',
    noHeader: '{path}: no header row found: the first rows hold values that look like data (postcodes, dates, numbers, e-mail addresses), not column names',
    noHeaderHint: 'add the header row to the export, or name the columns by number with --columns map.json, e.g. {example}',
    noRows: '{path}: the file holds no rows with data',
    noRowsHint: 'export the employee list again, with a header row and one row per employee',
    unresolved: '{path}: {problems}',
    unresolvedHint: 'run npx mobiscan columns FILE to see how the columns were understood, then pass --columns map.json',
  },
});

type ProblemKey = keyof (typeof problemMessages)['messages']['nl'];

/** A problem code in readable words; an unknown code is shown as it is. */
export function problemWords(code: string, lang: Lang): string {
  const key = `code_${code}`;
  return key in problemMessages.messages.nl ? translator(problemMessages, lang)(key as ProblemKey) : code;
}

/** "3x ongeldige postcode, 1x lege rij": counts per code, most first, in the reader's words. */
export function describeProblemCounts(byCode: Readonly<Record<string, number>>, lang: Lang, limit = Infinity): string {
  const t = translator(problemMessages, lang);
  return Object.entries(byCode)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([code, n]) => t('count', { n, what: problemWords(code, lang) }))
    .join(', ');
}
