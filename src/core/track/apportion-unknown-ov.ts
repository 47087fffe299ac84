/**
 * Yearly km of "OV" without its kind, as a typed km table or a WPM scope gives it, split over
 * the kinds of public transport. A trip's own length is not known in a yearly total, so the scan's
 * rule (bus under 7.5 km, train from there) cannot apply: the member's own known public-transport
 * km of the same table give the split, and without any the km count as bus, the public transport
 * with the highest factor, so that CO2 is never understated (docs/method.md, CO2).
 */
import type { KmByModeFuel } from './co2-from-km.js';

const KNOWN_KINDS = ['trein', 'bus', 'tram/metro'] as const;

/** The lines with every unknown-kind OV line replaced by its share per kind; the rule used, if any. */
export function apportionUnknownOv(lines: readonly KmByModeFuel[]): { lines: KmByModeFuel[]; rule: 'own-mix' | 'as-bus' | null } {
  const unknownKm = lines.filter((l) => l.mode === 'ov').reduce((s, l) => s + Math.max(0, l.km), 0);
  const rest = lines.filter((l) => l.mode !== 'ov');
  if (lines.length === rest.length) return { lines: [...lines], rule: null };
  const known = KNOWN_KINDS.map((mode) => ({ mode, km: rest.filter((l) => l.mode === mode).reduce((s, l) => s + Math.max(0, l.km), 0) }));
  const knownKm = known.reduce((s, k) => s + k.km, 0);
  if (knownKm <= 0) return { lines: [...rest, { mode: 'bus', km: unknownKm }], rule: 'as-bus' };
  const shares = known.filter((k) => k.km > 0).map((k) => ({ mode: k.mode, km: (unknownKm * k.km) / knownKm }));
  return { lines: [...rest, ...shares], rule: 'own-mix' };
}
