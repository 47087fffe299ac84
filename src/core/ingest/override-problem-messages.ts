import { defineMessages } from '../i18n/index.js';

/**
 * What in a `--columns` mapping could not be applied to this export: an unknown role, a header
 * that is not there, a column named twice, a role on a column of personal data.
 */
export const overrideProblemMessages = defineMessages('ingestOverride', {
  nl: {
    unknownRole: 'onbekende rol "{role}" (bekende rollen: {roles})',
    noHeaderText: 'rol {role}: hier hoort een kolomnaam',
    noSuchColumn: 'rol {role}: geen kolom "{header}" in deze export',
    alreadyMapped: 'rol {role}: kolom "{header}" hoort al bij {taken}',
    ignoreNoSuchColumn: 'ignore: geen kolom "{header}" in deze export',
    ignoreHasRole: 'ignore: kolom "{header}" heeft ook een rol; de rol gaat voor',
    personal: 'rol {role}: kolom "{header}" bevat persoonsgegevens ({kind}) en wordt nooit gelezen',
  },
  en: {
    unknownRole: 'unknown role "{role}" (known roles: {roles})',
    noHeaderText: 'role {role}: expected a header text',
    noSuchColumn: 'role {role}: no column "{header}" in this export',
    alreadyMapped: 'role {role}: column "{header}" is already mapped to {taken}',
    ignoreNoSuchColumn: 'ignore: no column "{header}" in this export',
    ignoreHasRole: 'ignore: column "{header}" is also mapped to a role; the role wins',
    personal: 'role {role}: column "{header}" holds personal data ({kind}) and is never read',
  },
});
