import { normaliseKey } from './normalise-key.js';
import { fail, ok, type Parsed } from './parsed.js';

// Names and codes for the countries Dutch commuters come from, folded by normaliseKey.
// Codes: ISO 3166-1 alpha-2 and alpha-3; names in Dutch, English, German and French.
const COUNTRY_WORDS: Readonly<Record<string, string>> = {
  nl: 'NL', nld: 'NL', nederland: 'NL', netherlands: 'NL', thenetherlands: 'NL', holland: 'NL',
  niederlande: 'NL', paysbas: 'NL',
  be: 'BE', bel: 'BE', belgie: 'BE', belgium: 'BE', belgique: 'BE', belgien: 'BE',
  de: 'DE', deu: 'DE', ger: 'DE', duitsland: 'DE', germany: 'DE', deutschland: 'DE', allemagne: 'DE',
  fr: 'FR', fra: 'FR', frankrijk: 'FR', france: 'FR', frankreich: 'FR',
  lu: 'LU', lux: 'LU', luxemburg: 'LU', luxembourg: 'LU',
  gb: 'GB', gbr: 'GB', uk: 'GB', unitedkingdom: 'GB', verenigdkoninkrijk: 'GB', engeland: 'GB',
  pl: 'PL', pol: 'PL', polen: 'PL', poland: 'PL',
  es: 'ES', esp: 'ES', spanje: 'ES', spain: 'ES',
  it: 'IT', ita: 'IT', italie: 'IT', italy: 'IT',
  at: 'AT', aut: 'AT', oostenrijk: 'AT', austria: 'AT',
  ch: 'CH', che: 'CH', zwitserland: 'CH', switzerland: 'CH',
  dk: 'DK', dnk: 'DK', denemarken: 'DK', denmark: 'DK',
};
const ALPHA_2 = /^[a-z]{2}$/;

/**
 * Reads a country as an ISO 3166 alpha-2 code: "Nederland", "NLD", "Belgi\u00eb", "Duitsland",
 * "Germany"... Other two-letter codes pass through upper-cased; anything else fails.
 * @example parseCountry('Belgi\u00eb') // {ok: true, value: 'BE'}
 */
export function parseCountry(raw: string): Parsed<string> {
  const key = normaliseKey(raw);
  if (key === '') return fail('empty');
  const known = COUNTRY_WORDS[key];
  if (known !== undefined) return ok(known);
  if (ALPHA_2.test(key) && raw.trim().length === 2) return ok(key.toUpperCase());
  return fail('unknownCountry');
}
