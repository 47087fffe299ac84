/**
 * The commuting part of the WPM report: km by mode and fuel in the RVO categories, with CO2
 * tank-to-wheel (the form's convention: electric cars and trains count as 0), labelled an
 * estimate and saying who is in scope (docs/method.md).
 */
import { type Co2Factor, type KmByModeFuel, co2FromKm } from './co2-from-km.js';
import { text, type Text } from '../i18n/index.js';
import { WPM_CATEGORIES, type WpmCategoryId, wpmCategoryOf } from './wpm-categories.js';
import { wpmNoteMessages } from './wpm-note-messages.js';

/** Why employees (or rows) are out of scope: stable codes, said in words by wpmNoteMessages. */
export type WpmOutReason = 'no-allowance' | 'allowance-unknown' | 'rows-unreadable';

/** Who the km cover: only employees with a travel allowance or a PT pass count. */
export interface WpmScope {
  year: number;
  inScope: number;
  outOfScope: number;
  /** Why employees are out, with counts. */
  outReasons?: { reason: WpmOutReason; count: number }[];
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
  /** Who the km cover, as figures (the notes say it in words). */
  scope: WpmScope;
  rows: WpmRow[];
  totalKm: number;
  totalCo2TtwKg: number;
  /** km of a mode without a category (unknown mode): not in the rows, said in the notes. */
  unassignedKm: number;
  /** Full sentences, rendered in the reader's language at the edge. */
  notes: Text[];
  /** Clauses of what was assumed: from the CO2 computation and from the table itself. */
  assumptions: Text[];
  warnings: Text[];
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
  // one assumption per message and values: every motorcycle line of unknown fuel makes the same one
  const assumptions = new Map<string, Text>();
  const assume = (assumption: Text): void => {
    const key = `${assumption.catalogue.area}.${assumption.key} ${JSON.stringify(assumption.values)}`;
    if (!assumptions.has(key)) assumptions.set(key, assumption);
  };
  co2.assumptions.forEach(assume);
  let unassignedKm = 0;
  for (const line of co2.lines) {
    const category = wpmCategoryOf(line.mode, line.fuel);
    const row = category && byId.get(category.id);
    if (!category || !row) {
      unassignedKm += line.km;
      continue;
    }
    if (category.assumed) assume(category.assumed);
    row.km += line.km;
    row.co2TtwKg += line.co2Kg;
  }
  const totalKm = rows.reduce((s, r) => s + r.km, 0);
  const notes = [
    text(wpmNoteMessages, 'estimate', { year: scope.year }),
    text(wpmNoteMessages, 'scope', { inScope: scope.inScope, outOfScope: scope.outOfScope }),
    ...(scope.outReasons ?? []).map((r) => text(wpmNoteMessages, `out_${r.reason}`, { n: r.count })),
    text(wpmNoteMessages, 'commutingOnly'),
    text(wpmNoteMessages, 'rvo'),
  ];
  if (unassignedKm > 0) notes.push(text(wpmNoteMessages, 'unassigned', { km: Math.round(unassignedKm) }));
  if (kmByModeFuel.some((k) => k.mode === 'carpool')) assume(text(wpmNoteMessages, 'carpool'));
  return {
    year: scope.year,
    scope,
    rows,
    totalKm,
    totalCo2TtwKg: rows.reduce((s, r) => s + r.co2TtwKg, 0),
    unassignedKm,
    notes,
    assumptions: [...assumptions.values()],
    warnings: co2.warnings,
  };
}
