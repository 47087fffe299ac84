import { defineMessages } from '../../core/i18n/index.js';

/** Usage errors of `scan` flags that only make sense together. */
export const scanFlagMessages = defineMessages('scanFlags', {
  nl: {
    replaceNeedsCompany: '--replace vervangt de bewaarde scan van een lid en werkt alleen samen met --company',
    replaceNeedsCompanyHint: 'voeg -c ID toe, bijvoorbeeld: npx mobiscan scan hr.csv -c asz --replace',
  },
  en: {
    replaceNeedsCompany: "--replace replaces a member's saved scan and only works together with --company",
    replaceNeedsCompanyHint: 'add -c ID, e.g. npx mobiscan scan hr.csv -c asz --replace',
  },
});
