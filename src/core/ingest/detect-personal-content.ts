import type { PersonalKind } from './types.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const NINE_DIGITS = /^\d{9}$/;
const BSN_SEPARATORS = /[\s.-]/g;
const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;
const DUTCH_MOBILE = /^(?:\+31|0031|0)\s*6[\s-]?\d{8}$/;
/** Share of values that makes a column personal: low, because one leaked e-mail is one too many. */
const PERSONAL_SHARE = 0.3; // design choice: privacy first (docs/method.md)

/**
 * The Dutch "11-proef" for a BSN: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11.
 * @example passesElevenTest('111222333') // true
 */
export function passesElevenTest(nineDigits: string): boolean {
  if (!NINE_DIGITS.test(nineDigits) || nineDigits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(nineDigits[i]) * (9 - i);
  sum -= Number(nineDigits[8]);
  return sum % 11 === 0;
}

function personalKindOf(value: string): PersonalKind | undefined {
  if (EMAIL.test(value)) return 'email';
  const compact = value.replace(BSN_SEPARATORS, '');
  if (passesElevenTest(compact)) return 'bsn';
  if (IBAN.test(compact.toUpperCase())) return 'iban';
  if (DUTCH_MOBILE.test(value)) return 'phone';
  return undefined;
}

/**
 * Whether a column's values are personal data whatever its header says: e-mail addresses, BSNs
 * (9 digits passing the 11-proef), IBANs, Dutch mobile numbers.
 * @example detectPersonalContent(['a@b.nl', 'c@d.nl']) // 'email'
 */
export function detectPersonalContent(values: readonly string[]): PersonalKind | undefined {
  const counts = new Map<PersonalKind, number>();
  let filled = 0;
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    filled += 1;
    const kind = personalKindOf(value);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  let best: PersonalKind | undefined;
  let bestCount = 0;
  for (const [kind, count] of counts) {
    if (count > bestCount) [best, bestCount] = [kind, count];
  }
  // A BSN is one random 9-digit number in 11; ask for more than chance in number columns.
  return best !== undefined && bestCount >= Math.max(1, filled * PERSONAL_SHARE) ? best : undefined;
}
