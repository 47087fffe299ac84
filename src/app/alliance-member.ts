import type { AllianceMemberInput } from '../core/track/alliance-totals.js';
import type { CompanyProgress } from './company-progress.js';

/** What each member's figures rest on, so the sum can be read. */
export interface AllianceMemberBasis {
  id: string;
  /** The latest judged period, or null without one. */
  period: string | null;
  co2Year: number | null;
  missing: string[];
}

/** A member's input to the alliance totals: its latest judged period and latest CO2 year. */
export function memberInput(p: CompanyProgress): { input: AllianceMemberInput; basis: AllianceMemberBasis } {
  const latest = p.peak.periods.filter((x) => !x.inBaseline && x.flagged === null && x.avoidedPerDay !== null).at(-1);
  const co2 = p.co2.years.at(-1);
  const missing: string[] = [];
  if (!p.peak.baseline) missing.push('baseline');
  else if (!latest) missing.push('a measured period after the baseline');
  if (!co2) missing.push('CO2');
  if (p.employees === null) missing.push('headcount');
  return {
    input: {
      id: p.company.id,
      avoidancesPerDay: latest?.avoidedPerDay ?? 0,
      baselinePerDay: latest ? (p.peak.baseline?.totalPerDay ?? 0) : 0,
      co2Kg: co2?.co2Kg ?? 0,
      employees: p.employees ?? 0,
    },
    basis: { id: p.company.id, period: latest?.label ?? null, co2Year: co2?.year ?? null, missing },
  };
}
