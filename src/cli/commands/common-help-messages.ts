import { defineMessages } from '../../core/i18n/index.js';

/** Help texts several commands share: the examples heading and the common options. */
export const commonHelpMessages = defineMessages('commonHelp', {
  nl: {
    examples: 'Voorbeelden:',
    optCompany: 'de deelnemer (id)',
    optWorkspace: 'de werkmap (standaard: MOBISCAN_WORKSPACE, anders gezocht vanaf deze map)',
    optYes: 'niet om bevestiging vragen (nodig in scripts, waar geen terminal is om te vragen)',
  },
  en: {
    examples: 'Examples:',
    optCompany: 'the member company',
    optWorkspace: 'the workspace folder (default: MOBISCAN_WORKSPACE, or found from here)',
    optYes: 'do not ask for confirmation (needed in scripts, where there is no terminal to ask on)',
  },
});
