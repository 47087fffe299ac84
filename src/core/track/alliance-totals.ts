/**
 * The alliance view: the sum of the members' avoidances, baselines, CO2 and employees, and each
 * member's share of the total (docs/method.md).
 */

/** One member's figures; avoidances and baseline in peak car trips per working day. */
export interface AllianceMemberInput {
  id: string;
  avoidancesPerDay: number;
  baselinePerDay: number;
  co2Kg: number;
  employees: number;
}

/** A member with its shares (fractions; null when the total is 0). */
export interface AllianceMemberShare extends AllianceMemberInput {
  /** This member's avoidances / the alliance's avoidances. */
  shareOfAvoidances: number | null;
  shareOfCo2: number | null;
  shareOfEmployees: number | null;
  /** This member's own avoidances / its own baseline. */
  ownShare: number | null;
}

/** Alliance totals and the members with their shares, in input order. */
export interface AllianceTotals {
  totals: Omit<AllianceMemberInput, 'id'> & { ownShare: number | null };
  members: AllianceMemberShare[];
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Sum the members and give each one's share. */
export function allianceTotals(members: readonly AllianceMemberInput[]): AllianceTotals {
  const sum = (key: 'avoidancesPerDay' | 'baselinePerDay' | 'co2Kg' | 'employees') =>
    members.reduce((s, m) => s + m[key], 0);
  const avoidancesPerDay = sum('avoidancesPerDay');
  const baselinePerDay = sum('baselinePerDay');
  const co2Kg = sum('co2Kg');
  const employees = sum('employees');
  return {
    totals: { avoidancesPerDay, baselinePerDay, co2Kg, employees, ownShare: ratio(avoidancesPerDay, baselinePerDay) },
    members: members.map((m) => ({
      ...m,
      shareOfAvoidances: ratio(m.avoidancesPerDay, avoidancesPerDay),
      shareOfCo2: ratio(m.co2Kg, co2Kg),
      shareOfEmployees: ratio(m.employees, employees),
      ownShare: ratio(m.avoidancesPerDay, m.baselinePerDay),
    })),
  };
}
