import { defineMessages } from '../../core/i18n/index.js';

/** The columns of the rejects file (`scan --rejects FILE`), which an advisor opens in Excel. */
export const rejectsFileMessages = defineMessages('rejectsFile', {
  nl: {
    row: 'rij',
    column: 'kolom',
    code: 'code',
    severity: 'gevolg',
    reason: 'reden',
    error: 'rij afgewezen',
    warning: 'rij gebruikt',
  },
  en: {
    row: 'row',
    column: 'column',
    code: 'code',
    severity: 'severity',
    reason: 'reason',
    error: 'error',
    warning: 'warning',
  },
});
