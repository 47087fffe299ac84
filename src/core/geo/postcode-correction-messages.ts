import { defineMessages, text, type Text } from '../i18n/index.js';
import type { PostcodeCorrection } from './postcode-resolve.js';

/**
 * What `geodata import` changed about a postcode and why. The import stores the key and its plain
 * values (geodata.json outlives the run's language); the terminal renders them in the reader's.
 */
export const postcodeCorrectionMessages = defineMessages('geoCorrection', {
  nl: {
    line: '{postcode} {action}: {why}',
    'action_kept-part': 'deels behouden',
    action_moved: 'verplaatst',
    action_dropped: 'weggelaten',
    clustersKept: 'de rijen noemen plaatsen ver uit elkaar: {kept} behouden, {dropped} weggelaten',
    clustersNone: 'de rijen noemen plaatsen ver uit elkaar ({places}) en geen ervan is duidelijk juist',
    isolated: '{offKm, number} km van de mediaan van de buren, geen PC4 van {prefix}xx binnen {withinKm, number} km',
    misfiled: '{offKm, number} km van de mediaan van de buren, en de plaats ({places}) heeft elders postcodes',
    isolatedMoved: '{offKm, number} km van de mediaan van de buren, geen PC4 van {prefix}xx binnen {withinKm, number} km; verplaatst naar de mediaan van {n, plural, one {# naburige PC4} other {# naburige PC4’s}} van {places}',
    misfiledMoved: '{offKm, number} km van de mediaan van de buren, en de plaats ({places}) heeft elders postcodes; verplaatst naar de mediaan van {n, plural, one {# naburige PC4} other {# naburige PC4’s}} van {places}',
  },
  en: {
    line: '{postcode} {action}: {why}',
    'action_kept-part': 'kept part',
    action_moved: 'moved',
    action_dropped: 'dropped',
    clustersKept: 'rows name places far apart: kept {kept}, dropped {dropped}',
    clustersNone: 'rows name places far apart ({places}) and none is clearly right',
    isolated: '{offKm, number} km from its neighbours’ median, no PC4 of {prefix}xx within {withinKm, number} km',
    misfiled: '{offKm, number} km from its neighbours’ median, and its place ({places}) has postcodes elsewhere',
    isolatedMoved: '{offKm, number} km from its neighbours’ median, no PC4 of {prefix}xx within {withinKm, number} km; moved to the median of {n, plural, one {# neighbouring PC4} other {# neighbouring PC4s}} of {places}',
    misfiledMoved: '{offKm, number} km from its neighbours’ median, and its place ({places}) has postcodes elsewhere; moved to the median of {n, plural, one {# neighbouring PC4} other {# neighbouring PC4s}} of {places}',
  },
});

/** Why a postcode was corrected, as a message key and plain values (stored as they are). */
export type CorrectionReasonKey = 'clustersKept' | 'clustersNone' | 'isolated' | 'misfiled' | 'isolatedMoved' | 'misfiledMoved';

/** One correction as a line for the reader: "6431 verplaatst: 140 km van ...". */
export function describeCorrection(c: PostcodeCorrection): Text {
  const postcode = c.country === 'NL' ? c.postcode : `${c.country} ${c.postcode}`;
  // imports before the language layer stored an English `detail`; shown as it is
  const why = c.reason ? text(postcodeCorrectionMessages, c.reason.key, c.reason.values) : (c.detail ?? '');
  return text(postcodeCorrectionMessages, 'line', { postcode, action: text(postcodeCorrectionMessages, `action_${c.action}`), why });
}
