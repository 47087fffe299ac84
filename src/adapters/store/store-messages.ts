import { defineMessages } from '../../core/i18n/index.js';

/** Texts of the workspace store that reach a person. */
export const storeMessages = defineMessages('store', {
  nl: {
    busy: 'De werkmap {path} is bezig met een ander mobiscan-commando; na {seconds, number} seconden wachten is er niets veranderd.',
    busyHint: 'wacht tot het andere commando klaar is en probeer het opnieuw',
    cannotRead: '{path} kan niet worden gelezen ({reason, select, ENOENT {bestand bestaat niet} other {{reason}}})',
    cannotReadHint: 'controleer de bestandsnaam en of het bestand open staat in een ander programma',
    allianceNameMissing: 'de alliantie heeft nog geen naam',
    allianceNameMissingHint: 'geef de naam mee: npx mobiscan init --name NAAM',
  },
  en: {
    busy: 'The workspace {path} is busy with another mobiscan command; after waiting {seconds, number} seconds nothing was changed.',
    busyHint: 'wait until the other command has finished and try again',
    cannotRead: '{path}: cannot read ({reason, select, ENOENT {no such file} other {{reason}}})',
    cannotReadHint: 'check the file name, and whether another program holds the file open',
    allianceNameMissing: 'alliance name: is required',
    allianceNameMissingHint: 'give the name: npx mobiscan init --name NAME',
  },
});
