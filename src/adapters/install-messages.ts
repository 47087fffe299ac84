import { defineMessages } from '../core/i18n/index.js';

/** What a broken installation says: mobiscan cannot find its own files. */
export const installMessages = defineMessages('install', {
  nl: {
    noPackage: 'mobiscan is niet goed geïnstalleerd: het kan zijn eigen package.json niet vinden (gezocht vanaf {dir}), en daarmee ook zijn gegevensbestanden niet.',
    noPackageHint: 'Installeer mobiscan opnieuw; werkt u in een kopie van de broncode, voer daar dan npm install en npm run build uit.',
  },
  en: {
    noPackage: 'mobiscan is not installed properly: it cannot find its own package.json (looked from {dir} up), nor therefore its data files.',
    noPackageHint: 'Reinstall mobiscan; in a copy of the source code, run npm install and npm run build there.',
  },
});
