/**
 * The commuting part of the WPM report: km by mode and fuel in the RVO categories, with CO2
 * tank-to-wheel (the form's convention: electric cars and trains count as 0), labelled an
 * estimate and saying who is in scope (docs/method.md).
 */
import { type Co2Factor, type KmByModeFuel, co2FromKm } from './co2-from-km.js';
import type { Text } from '../i18n/index.js';
import { WPM_CATEGORIES, type WpmCategoryId, wpmCategoryOf } from './wpm-categories.js';

/** Who the km cover: only employees with a travel allowance or a PT pass count. */
export interface WpmScope {
  year: number;
  inScope: number;
  outOfScope: number;
  /** Why employees are out ('no travel allowance', 'allowance unknown'), with counts. */
  outReasons?: { reason: string; count: number }[];
}

/** One category row of the form. */
export interface WpmRow {
  id: WpmCategoryId;
  labelNl: string;
  labelEn: string;
  km: number;
  co2TtwKg: number;
}

/** The table with its notes, assumptions and the km the form has no place for. */
export interface WpmCommuting {
  year: number;
  rows: WpmRow[];
  totalKm: number;
  totalCo2TtwKg: number;
  /** km of a mode without a category (unknown mode): not in the rows, said in the notes. */
  unassignedKm: number;
  notes: string[];
  /** Texts from the CO2 computation (rendered in the reader's language), strings from the table itself. */
  assumptions: (string | Text)[];
  warnings: (string | Text)[];
}

/** Build the commuting table from yearly km of the employees in scope. */
export function wpmCommuting(
  kmByModeFuel: readonly KmByModeFuel[],
  factors: readonly Co2Factor[],
  scope: WpmScope,
): WpmCommuting {
  const co2 = co2FromKm(kmByModeFuel, factors, 'ttw');
  const rows: WpmRow[] = WPM_CATEGORIES.map((c) => ({ ...c, km: 0, co2TtwKg: 0 }));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const assumptions = new Set<string | Text>(co2.assumptions);
  let unassignedKm = 0;
  for (const line of co2.lines) {
    const category = wpmCategoryOf(line.mode, line.fuel);
    const row = category && byId.get(category.id);
    if (!category || !row) {
      unassignedKm += line.km;
      continue;
    }
    if (category.assumed) assumptions.add(category.assumed);
    row.km += line.km;
    row.co2TtwKg += line.co2Kg;
  }
  const totalKm = rows.reduce((s, r) => s + r.km, 0);
  const notes = [
    `An estimate of ${scope.year} from the scan (home-work distance x commuting days), not a registration of km travelled.`,
    `Only employees with a travel allowance or a PT pass count: ${scope.inScope} in scope, ${scope.outOfScope} out.`,
    ...(scope.outReasons ?? []).map((r) => `Out of scope: ${r.count} (${r.reason}).`),
    'Commuting only; business travel (km and euros) is not covered.',
    'RVO computes CO2 itself from these km; the tank-to-wheel CO2 here is for checking.',
  ];
  if (unassignedKm > 0) {
    notes.push(`${Math.round(unassignedKm)} km of employees whose mode is unknown have no category and are left out.`);
  }
  if (kmByModeFuel.some((k) => k.mode === 'carpool')) {
    assumptions.add("carpool km are each employee's own km; CO2 is shared by the people in the car");
  }
  return {
    year: scope.year,
    rows,
    totalKm,
    totalCo2TtwKg: rows.reduce((s, r) => s + r.co2TtwKg, 0),
    unassignedKm,
    notes,
    assumptions: [...assumptions],
    warnings: co2.warnings,
  };
}
