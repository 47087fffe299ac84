import { defineMessages } from '../../core/i18n/index.js';

/** What `mobiscan init` says when it creates or updates a workspace. */
export const initMessages = defineMessages('init', {
  nl: {
    created: 'werkmap van {alliance} gemaakt in {dir}',
    updated: 'werkmap van {alliance} bijgewerkt in {dir}',
    peakWindows: 'spitsvensters: {windows}',
    language: 'taal van deze werkmap: {lang, select, en {Engels (en)} other {Nederlands (nl)}}',
    next: 'volgende stap: voeg leden toe met npx mobiscan company add of npx mobiscan company import BESTAND',
    missingName: '--name ontbreekt',
    missingNameHint: 'geef de naam van de alliantie, bijvoorbeeld --name "Samen Bereikbaar Drechtsteden"',
  },
  en: {
    created: 'created the workspace of {alliance} in {dir}',
    updated: 'updated the workspace of {alliance} in {dir}',
    peakWindows: 'peak windows: {windows}',
    language: 'language of this workspace: {lang, select, en {English (en)} other {Dutch (nl)}}',
    next: 'next: add members with npx mobiscan company add or npx mobiscan company import FILE',
    missingName: 'missing --name',
    missingNameHint: `pass the alliance''s name, e.g. --name "Samen Bereikbaar Drechtsteden"`,
  },
});
