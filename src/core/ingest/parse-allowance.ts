import type { Allowance } from './types.js';
import { normaliseKey } from './normalise-key.js';
import { ok, type Parsed } from './parsed.js';

// Travel-allowance types as Dutch payroll systems label them, folded by normaliseKey.
const ALLOWANCE_WORDS: Readonly<Record<Exclude<Allowance, 'onbekend'>, readonly string[]>> = {
  km: ['km', 'kmvergoeding', 'kilometervergoeding', 'kilometer', 'kilometers', 'reiskostenkm', 'kmvergoedingwoonwerk', 'mileage', 'mileageallowance', 'vergoedingperkm', 'vergoedingperkilometer'],
  ov: ['ov', 'ovvergoeding', 'ovkaart', 'ovabonnement', 'nsbusinesscard', 'businesscard', 'ovbusinesscard', 'ovchipkaart', 'ovdeclaratie', 'publictransport', 'mobiliteitskaart', 'mobiliteitspas'],
  geen: ['geen', 'none', 'nee', 'no', 'nvt', 'geenvergoeding', 'noallowance'],
};

const ALLOWANCE_BY_KEY = new Map<string, Allowance>();
for (const [allowance, words] of Object.entries(ALLOWANCE_WORDS) as [Allowance, readonly string[]][]) {
  for (const word of words) ALLOWANCE_BY_KEY.set(normaliseKey(word), allowance);
}

/**
 * Reads the travel-allowance type: km-based ('km'), public-transport pass or refund ('ov'),
 * none ('geen'); anything else is 'onbekend', so this never fails.
 * @example parseAllowance('NS Business Card') // {ok: true, value: 'ov'}
 */
export function parseAllowance(raw: string): Parsed<Allowance> {
  return ok(ALLOWANCE_BY_KEY.get(normaliseKey(raw)) ?? 'onbekend');
}
