import { defineMessages } from '../../core/i18n/index.js';

/** The help of `mobiscan measure` and its subcommands. */
export const measureHelpMessages = defineMessages('measureHelp', {
  nl: {
    description: 'leg de maatregelen van een deelnemer vast, met hun startdatum',
    addDescription: 'leg een maatregel vast (een id uit de adviescatalogus of vrije tekst) en de dag waarop hij begon',
    optMeasure: 'een id uit de catalogus, zoals ebike-trial-pool, of een korte omschrijving',
    optStart: 'de dag waarop de maatregel begon (JJJJ-MM-DD)',
    optNote: 'een korte notitie, bijv. voor welke groep hij was',
    addExplanation: 'Dezelfde maatregel met dezelfde startdatum nog eens toevoegen verandert niets.',
    listDescription: 'de maatregelen van een deelnemer, op startdatum',
    removeDescription: 'verwijder één vastgelegde maatregel (vraagt eerst; --yes in scripts)',
    argId: 'het maatregelnummer uit `measure list`',
    catalogueDescription: 'de maatregelen uit de adviescatalogus, met hun id voor `measure add`',
    importDescription: 'leg veel maatregelen tegelijk vast vanuit een CSV- of Excelbestand (kolommen bedrijf, maatregel, startdatum, notitie)',
    argFile: 'CSV of .xlsx',
    importExplanation: `Eén rij per maatregel: bedrijf (company), maatregel (measure: een id uit de catalogus of een korte
tekst), startdatum (start: JJJJ-MM-DD of DD-MM-JJJJ), notitie (note, optioneel). Elke rij wordt
gecontroleerd zoals \`measure add\` dat doet; één foute rij weigert het hele bestand, met de reden bij
elke rij, en er wordt niets opgeslagen. Hetzelfde bestand twee keer importeren verandert niets.`,
  },
  en: {
    description: 'record the measures a member took, with their start dates',
    addDescription: 'record a measure (an advice catalogue id or free text) and the day it started',
    optMeasure: 'a catalogue id such as ebike-trial-pool, or a short description',
    optStart: 'the day the measure started (YYYY-MM-DD)',
    optNote: 'a short note, e.g. the group it was for',
    addExplanation: 'Adding the same measure with the same start date again changes nothing.',
    listDescription: "a company's measures by start date",
    removeDescription: 'remove one recorded measure (asks first; --yes in scripts)',
    argId: 'the measure number from `measure list`',
    catalogueDescription: 'the measures of the advice catalogue with their ids for `measure add`',
    importDescription: 'record many measures from a CSV or Excel file (columns company, measure, start, note)',
    argFile: 'CSV or .xlsx',
    importExplanation: `One row per measure: company (bedrijf), measure (maatregel: a catalogue id or a short text),
start (startdatum: YYYY-MM-DD or DD-MM-YYYY), note (notitie, optional). Every row is checked as
\`measure add\` checks it; one bad row refuses the file with every row's reason, and nothing is
stored. Importing the same file twice changes nothing.`,
  },
});
