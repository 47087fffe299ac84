import { defineMessages, text, type Text } from '../i18n/index.js';

/**
 * Why a row of a postcode source (`geodata import`) was not used: one readable text per stable
 * code. The import report counts rows by code; `--json` keeps the codes as keys.
 */
export const postcodeRejectMessages = defineMessages('geoReject', {
  nl: {
    'unknown-country': 'onbekend land',
    'no-postcode': 'geen postcode',
    'invalid-postcode': 'ongeldige postcode',
    'bad-coordinates': 'coördinaten ontbreken of zijn geen getallen',
    'outside-nl': 'coördinaten buiten Nederland',
    'column-count': 'niet het verwachte aantal kolommen',
    columnCount: '{expected, number} kolommen gescheiden door tabs verwacht, {found, number} gevonden',
    unknownCode: '{code}',
  },
  en: {
    'unknown-country': 'unknown country',
    'no-postcode': 'no postcode',
    'invalid-postcode': 'invalid postcode',
    'bad-coordinates': 'coordinates missing or not numbers',
    'outside-nl': 'coordinates outside the Netherlands',
    'column-count': 'not the expected number of columns',
    columnCount: 'expected {expected, number} tab-separated columns, found {found, number}',
    unknownCode: '{code}',
  },
});

/** A stable code of a rejected postcode row. */
export type PostcodeRejectCode = 'unknown-country' | 'no-postcode' | 'invalid-postcode' | 'bad-coordinates' | 'outside-nl' | 'column-count';

/** A rejected-row code in readable words (an unknown code, from an older import, as it is). */
export function postcodeRejectWords(code: string): Text {
  return code in postcodeRejectMessages.messages.nl && code !== 'columnCount' && code !== 'unknownCode'
    ? text(postcodeRejectMessages, code as PostcodeRejectCode)
    : text(postcodeRejectMessages, 'unknownCode', { code });
}
