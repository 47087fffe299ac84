import { defineMessages } from '../i18n/index.js';

/** Why a `--columns` value cannot be read. */
export const columnsFlagMessages = defineMessages('columnsFlag', {
  nl: {
    twoFiles: '--columns: twee koppelbestanden ({first} en {second}); geef er één, en noem losse kolommen als ROL=KOP',
    notPair: '--columns: "{part}" is geen ROL=KOP',
    unknownRole: '--columns: "{role}" is geen rol; de rollen zijn {roles}',
    hint: 'geef --columns een koppelbestand (kolommen.json) of paren ROL=KOP, bijvoorbeeld --columns homePostcode="Postcode woonadres"',
  },
  en: {
    twoFiles: '--columns: two mapping files ({first} and {second}); give one, and name single columns as ROLE=HEADER',
    notPair: '--columns: "{part}" is not ROLE=HEADER',
    unknownRole: '--columns: "{role}" is not a role; the roles are {roles}',
    hint: 'give --columns a mapping file (columns.json) or ROLE=HEADER pairs, e.g. --columns homePostcode="Postcode woonadres"',
  },
});
