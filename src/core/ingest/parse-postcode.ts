import { fail, ok, type Parsed } from './parsed.js';

/** A home postcode after normalising: Dutch PC6 or PC4, or a foreign postcode with its country. */
export type PostcodeKey =
  | { country: 'NL'; pc6: string; pc4: string; postcode?: undefined }
  | { country: 'NL'; pc6?: undefined; pc4: string; postcode?: undefined; /** The letters were SA, SD or SS, which are never issued. */ unissuedLetters?: true }
  | { country: string; pc6?: undefined; pc4?: undefined; postcode: string };

// Country prefixes seen before postcodes in Dutch exports ("B-2000", "D 47533", "NL-3311AB"):
// the old international licence-plate codes and ISO alpha-2/alpha-3 for the neighbours.
const PREFIX_COUNTRY: Readonly<Record<string, string>> = {
  NL: 'NL', NLD: 'NL',
  B: 'BE', BE: 'BE', BEL: 'BE',
  D: 'DE', DE: 'DE', DEU: 'DE',
  F: 'FR', FR: 'FR', L: 'LU', LU: 'LU', A: 'AT', AT: 'AT', CH: 'CH', PL: 'PL', DK: 'DK',
};
const PREFIXED = /^([A-Z]{1,3})(?:\s*-\s*|\s+|(?=\d))(\d.*)$/;
const NL_POSTCODE = /^([1-9]\d{3})(?:\s*-?\s*([A-Z]{2}))?$/;
// PostNL never issues these letter pairs (SA, SD, SS: historical connotations); the PC4 before them still places the home.
const NL_FORBIDDEN_LETTERS = new Set(['SA', 'SD', 'SS']);
const FOUR_DIGITS = /^\d{4}$/;
const FIVE_DIGITS = /^\d{5}$/;
const WHITESPACE = /\s+/g;
const FOREIGN_POSTCODE = /^[A-Z0-9][A-Z0-9 -]{1,9}$/;
// What most Dutch exports hold ("3311AB", "3311 AB", "3311"): read without the general path.
const PLAIN_DUTCH = /^([1-9]\d{3}) ?([A-Z]{2})?$/;

/**
 * Normalises a home postcode. `country` (ISO alpha-2, from a country column or the default)
 * says how to read it; a prefix in the value itself ("B-2000") wins, being more specific.
 * Dutch: PC6 in any spacing or case, or PC4, 1000-9999. Belgian: 4 digits. German: 5 digits,
 * or 4 when a spreadsheet dropped the leading zero. Others: as written, upper case.
 * @example parsePostcode(' 3311-ab') // {ok: true, value: {country: 'NL', pc6: '3311AB', pc4: '3311'}}
 */
export function parsePostcode(raw: string, country = 'NL'): Parsed<PostcodeKey> {
  const plain = country === 'NL' ? PLAIN_DUTCH.exec(raw) : null;
  if (plain) return dutch(plain[1]!, plain[2]);
  let text = raw.trim().toUpperCase().replace(WHITESPACE, ' ');
  if (text === '') return fail('empty');
  let target = country.toUpperCase();
  const prefixed = PREFIXED.exec(text);
  const prefixCountry = prefixed ? PREFIX_COUNTRY[prefixed[1] ?? ''] : undefined;
  // An unknown prefix is left alone: British and Irish postcodes start with letters.
  if (prefixed && prefixCountry !== undefined) {
    target = prefixCountry;
    text = prefixed[2] ?? '';
  }
  if (target === 'NL') return parseDutch(text);
  if (target === 'BE') {
    return FOUR_DIGITS.test(text) && text[0] !== '0' ? ok({ country: 'BE', postcode: text }) : fail('notBelgianPostcode');
  }
  if (target === 'DE') {
    if (FOUR_DIGITS.test(text)) text = `0${text}`; // Excel turns 01067 into 1067
    return FIVE_DIGITS.test(text) && text !== '00000' ? ok({ country: 'DE', postcode: text }) : fail('notGermanPostcode');
  }
  return FOREIGN_POSTCODE.test(text) ? ok({ country: target, postcode: text }) : fail('notPostcode');
}

function parseDutch(text: string): Parsed<PostcodeKey> {
  const match = NL_POSTCODE.exec(text);
  if (!match) return fail('notDutchPostcode');
  return dutch(match[1] ?? '', match[2]);
}

function dutch(pc4: string, letters: string | undefined): Parsed<PostcodeKey> {
  if (letters === undefined) return ok({ country: 'NL', pc4 });
  // The PC4 is real even when the letters cannot be: place the home by its PC4 (unissuedLetters says why not PC6).
  if (NL_FORBIDDEN_LETTERS.has(letters)) return ok({ country: 'NL', pc4, unissuedLetters: true });
  return ok({ country: 'NL', pc6: pc4 + letters, pc4 });
}
