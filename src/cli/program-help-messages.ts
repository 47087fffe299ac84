import { defineMessages } from '../core/i18n/index.js';

/** The notes beside the examples of `mobiscan --help`. */
export const programHelpMessages = defineMessages('programHelp', {
  nl: {
    exDemo: 'de voorbeeldalliantie, van begin tot eind',
    exColumns: 'hoe de kolommen van een HR-bestand begrepen worden',
    exReport: 'Excel-werkboek en PDF met advies op maat',
    exHelp: 'uitleg en voorbeelden bij één opdracht',
  },
  en: {
    exDemo: 'the example alliance, end to end',
    exColumns: 'how the columns of an export are understood',
    exReport: 'Excel workbook and PDF with tailored advice',
    exHelp: 'help and examples for one command',
  },
});
