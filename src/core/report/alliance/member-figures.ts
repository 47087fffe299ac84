import type { ScanResult } from '../../scan/scan-result.js';
import { type Family, hasFigures } from './alliance-disclosure.js';
import type { AllianceMember } from './alliance-input.js';

/** A member's latest figures; null where it has none. */
export interface MemberFigures {
  employees: number | null;
  baselinePerDay: number | null;
  avoidedPerDay: number | null;
  /** Label of the period the avoidances come from. */
  period: string | null;
  co2Kg: number | null;
  co2Year: number | null;
  /** Car commuters and all employees living in the bands under 7.5 km, from the latest scan. */
  near: { car: number; all: number } | null;
}

/** Employees living within 7.5 km (the two nearest bands), and the car commuters among them. */
function nearCounts(scan: ScanResult | null): { car: number; all: number } | null {
  if (!scan) return null;
  let all = 0;
  let car = 0;
  for (const c of scan.overall.byBandMode) {
    if (c.band !== '0-2.5' && c.band !== '2.5-7.5') continue;
    all += c.employees ?? 0;
    if (c.mode === 'auto') car += c.employees ?? 0;
  }
  return all > 0 ? { car, all } : null;
}

/** The latest figures of one member. */
export function memberFigures(m: AllianceMember): MemberFigures {
  const latest = hasFigures(m, 'peak') ? m.peak!.periods.at(-1)! : null;
  const co2 = m.co2.years.at(-1) ?? null;
  return {
    employees: hasFigures(m, 'size') ? m.employees : null,
    baselinePerDay: latest ? m.peak!.baselinePerDay : null,
    avoidedPerDay: latest ? latest.avoidedPerDay : null,
    period: latest?.label ?? null,
    co2Kg: co2?.co2Kg ?? null,
    co2Year: co2?.year ?? null,
    near: nearCounts(m.scan),
  };
}

/** The sum of several members' figures, each null when none of them has it. */
export function sumFigures(list: readonly MemberFigures[]): MemberFigures {
  const sum = (pick: (f: MemberFigures) => number | null): number | null => {
    const values = list.map(pick).filter((v): v is number => v !== null);
    return values.length > 0 ? values.reduce((s, v) => s + v, 0) : null;
  };
  const near = list.flatMap((f) => (f.near ? [f.near] : []));
  return {
    employees: sum((f) => f.employees),
    baselinePerDay: sum((f) => f.baselinePerDay),
    avoidedPerDay: sum((f) => f.avoidedPerDay),
    period: null,
    co2Kg: sum((f) => f.co2Kg),
    co2Year: null,
    near: near.length > 0 ? { car: near.reduce((s, n) => s + n.car, 0), all: near.reduce((s, n) => s + n.all, 0) } : null,
  };
}

/** a / b, null when either is missing or b is 0. */
export const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : a / b);

/** Why a member has no figure of a family: the key of its reason in alliance-dash-messages. */
export function missingReason(m: AllianceMember, family: Family): 'noSize' | 'noBaseline' | 'noPeriod' | 'noPeriodYet' | 'noCo2' {
  if (family === 'size') return 'noSize';
  if (family === 'co2') return 'noCo2';
  if (m.peak === null || m.peak.baselinePerDay <= 0) return 'noBaseline';
  // a provisional period exists but is not counted: say so, else the status table's figure looks contradicted
  return m.peak.provisional ? 'noPeriod' : 'noPeriodYet';
}
