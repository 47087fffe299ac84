import { defineMessages } from '../../core/i18n/index.js';

/** Texts of the workspace store that reach a person. */
export const storeMessages = defineMessages('store', {
  nl: {
    busy: 'De werkmap {path} is bezig met een ander mobiscan-commando; na {seconds, number} seconden wachten is er niets veranderd.',
    busyHint: 'wacht tot het andere commando klaar is en probeer het opnieuw',
  },
  en: {
    busy: 'The workspace {path} is busy with another mobiscan command; after waiting {seconds, number} seconds nothing was changed.',
    busyHint: 'wait until the other command has finished and try again',
  },
});
