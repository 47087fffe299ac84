/**
 * A typed table of yearly km per mode and fuel (mode;fuel;km) for `track co2`: the CO2 of a year
 * without a scan. Modes and fuels in any of the words the HR ingest knows.
 */
import { normaliseKey } from '../ingest/normalise-key.js';
import { parseDutchNumber } from '../ingest/parse-dutch-number.js';
import { parseFuel } from '../ingest/parse-fuel.js';
import { parseMode } from '../ingest/parse-mode.js';
import type { KmByModeFuel } from './co2-from-km.js';
import { text as deferred, type Text } from '../i18n/index.js';
import { trackRowMessages as m } from './track-row-messages.js';

const HEADERS = {
  mode: ['modaliteit', 'mode', 'vervoerwijze', 'vervoermiddel'],
  fuel: ['brandstof', 'fuel'],
  km: ['km', 'kilometers', 'kmperjaar', 'kilometersperjaar', 'kmperyear'],
} as const;

// Yearly km run into the thousands: '120.000' is Dutch grouping there, not 120 (parseDutchNumber's HR reading).
const DUTCH_GROUPED = /^\d{1,3}(?:[. \u00a0]\d{3})+(?:,\d+)?$/;

/** Yearly km as written in a Dutch or English table, or null. */
export function parseYearlyKm(raw: string): number | null {
  const text = raw.trim().replace(/\s*km$/i, '');
  if (DUTCH_GROUPED.test(text)) return Number(text.replace(/[. \u00a0]/g, '').replace(',', '.'));
  const parsed = parseDutchNumber(text);
  return parsed.ok && parsed.value >= 0 ? parsed.value : null;
}

/** The km lines, and messages naming the row for what could not be read. */
export function parseKmTable(rows: readonly (readonly string[])[]): { lines: KmByModeFuel[]; errors: Text[] } {
  const headerAt = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  const header = (rows[headerAt] ?? []).map(normaliseKey);
  const find = (role: keyof typeof HEADERS) => header.findIndex((h) => (HEADERS[role] as readonly string[]).includes(h));
  const [modeAt, fuelAt, kmAt] = [find('mode'), find('fuel'), find('km')];
  if (modeAt < 0 || kmAt < 0) return { lines: [], errors: [deferred(m, 'kmNeedsHeader')] };
  const lines: KmByModeFuel[] = [];
  const errors: Text[] = [];
  rows.forEach((cells, i) => {
    if (i <= headerAt || cells.every((c) => c.trim() === '')) return;
    const mode = parseMode(cells[modeAt] ?? '');
    const km = parseYearlyKm(cells[kmAt] ?? '');
    const fuelText = fuelAt < 0 ? '' : (cells[fuelAt] ?? '').trim();
    const fuel = fuelText === '' ? undefined : parseFuel(fuelText);
    if (!mode.ok) errors.push(deferred(m, 'kmRow', { row: i + 1, reason: mode.reason }));
    if (km === null) errors.push(deferred(m, 'kmRow', { row: i + 1, reason: deferred(m, 'kmNotNumber') }));
    if (fuel && !fuel.ok) errors.push(deferred(m, 'kmRow', { row: i + 1, reason: fuel.reason }));
    if (!mode.ok || km === null || (fuel && !fuel.ok)) return;
    lines.push({ mode: mode.value, ...(fuel?.ok && fuel.value !== 'onbekend' && { fuel: fuel.value }), km });
  });
  if (lines.length === 0 && errors.length === 0) errors.push(deferred(m, 'kmNoRows'));
  return { lines, errors };
}
