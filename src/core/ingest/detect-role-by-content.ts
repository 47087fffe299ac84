import type { ColumnRole } from './types.js';
import { parseAllowance } from './parse-allowance.js';
import { parseCountry } from './parse-country.js';
import { parseDutchNumber } from './parse-dutch-number.js';
import { parseFuel } from './parse-fuel.js';
import { parseMode } from './parse-mode.js';

/** Share of non-empty samples that must look alike before the content names the column. */
const CONTENT_SHARE = 0.8; // design choice: a few typos may not hide a column, a mixed column must
const PC6 = /^[1-9]\d{3}\s?[a-z]{2}$/i;
const PC4 = /^[1-9]\d{3}$/;
const CLOCK = /^([01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?$/;
const KNOWN_COUNTRIES = new Set(['NL', 'BE', 'DE', 'FR', 'LU', 'GB', 'PL']);

type Probe = { role: ColumnRole; confidence: number; test: (value: string) => boolean; needs?: (value: string) => boolean };

// Tried in order; confidences stay below header matches (0.8 and up) so a header always wins.
const PROBES: readonly Probe[] = [
  { role: 'homePostcode', confidence: 0.6, test: (v) => PC6.test(v) || PC4.test(v), needs: (v) => PC6.test(v) },
  { role: 'startTime', confidence: 0.6, test: (v) => CLOCK.test(v) },
  { role: 'mode', confidence: 0.6, test: (v) => parseMode(v).ok, needs: (v) => { const m = parseMode(v); return m.ok && m.value !== 'onbekend'; } },
  { role: 'fuel', confidence: 0.6, test: (v) => isRecognisedFuel(v) },
  { role: 'allowance', confidence: 0.5, test: (v) => isRecognisedAllowance(v), needs: (v) => /km|ov|kilometer/i.test(v) },
  { role: 'country', confidence: 0.5, test: (v) => { const c = parseCountry(v); return c.ok && KNOWN_COUNTRIES.has(c.value); } },
  // PC4 alone could be a 4-digit personnel number: lowest confidence.
  { role: 'homePostcode', confidence: 0.4, test: (v) => PC4.test(v) },
  { role: 'fte', confidence: 0.4, test: (v) => isFteLike(v), needs: (v) => /[.,]/.test(v) },
];

function isRecognisedFuel(value: string): boolean {
  const fuel = parseFuel(value);
  return fuel.ok && fuel.value !== 'onbekend';
}

function isRecognisedAllowance(value: string): boolean {
  const allowance = parseAllowance(value);
  return allowance.ok && allowance.value !== 'onbekend';
}

function isFteLike(value: string): boolean {
  const n = parseDutchNumber(value);
  return n.ok && n.value > 0 && n.value <= 1.5;
}

/**
 * Guesses a column's role from its values when the header says nothing: `3311 AB` is a
 * postcode, `07:30` a start time, fiets/auto/OV a mode. Returns undefined when unsure.
 * @example detectRoleByContent(['3311 AB', '3312 CD']) // {role: 'homePostcode', confidence: 0.6}
 */
export function detectRoleByContent(values: readonly string[]): { role: ColumnRole; confidence: number } | undefined {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return undefined;
  for (const probe of PROBES) {
    const hits = filled.filter(probe.test).length;
    if (hits < filled.length * CONTENT_SHARE) continue;
    if (probe.needs && !filled.some(probe.needs)) continue;
    return { role: probe.role, confidence: probe.confidence };
  }
  return undefined;
}
