import { defineMessages } from '../core/i18n/index.js';

/** The words commander itself writes into a help: usage placeholders and the notes behind a description. */
export const helpWordsMessages = defineMessages('helpWords', {
  nl: {
    options: '[opties]',
    command: '[opdracht]',
    default: 'standaard:',
    choices: 'keuze uit:',
  },
  en: {
    options: '[options]',
    command: '[command]',
    default: 'default:',
    choices: 'choices:',
  },
});
