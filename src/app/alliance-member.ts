import type { AllianceMember } from '../core/report/alliance/alliance-input.js';
import { isCompletePeriod, latestCompletePeriod } from '../core/report/latest-complete-period.js';
import type { ScanResult } from '../core/scan/scan-result.js';
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
  // a provisional quarter (too few days measured) does not count, as in the member's own report
  const latest = latestCompletePeriod(p.peak);
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

/** A member as the alliance report sees it: judged periods, CO2 years and goals, no personal data. */
export function reportMember(p: CompanyProgress, extra: { scan: ScanResult | null; measureTitle: (id: string) => string }): AllianceMember {
  const baseline = p.peak.baseline;
  const periods = p.peak.periods.flatMap((x) => (isCompletePeriod(x) && x.avoidedPerDay !== null ? [{ label: x.label, from: x.from, to: x.to, avoidedPerDay: x.avoidedPerDay }] : []));
  const lastComplete = periods.at(-1)?.to ?? '';
  const provisional = p.peak.periods.filter((x) => !x.inBaseline && x.flagged === null && x.provisional && x.daysWithData > 0 && x.avoidedPerDay !== null && x.from > lastComplete).at(-1);
  const peakGoal = p.peak.goal;
  const co2Goal = p.co2.goal;
  return {
    id: p.company.id,
    name: p.company.name,
    shares: p.company.sharesWithAlliance,
    employees: p.employees,
    peak: baseline
      ? {
          baselinePerDay: baseline.totalPerDay,
          periods,
          provisional: provisional ? { label: provisional.label, avoidedPerDay: provisional.avoidedPerDay!, daysWithData: provisional.daysWithData, workingDays: provisional.workingDays } : null,
          goal: peakGoal && { targetPct: peakGoal.targetPct, targetYear: peakGoal.targetYear, scope: peakGoal.scope, status: peakGoal.result.status, projectedShare: peakGoal.result.projectedShare },
        }
      : null,
    co2: {
      years: p.co2.years.map((y) => ({ year: y.year, co2Kg: y.co2Kg })),
      goal: co2Goal && co2Goal.baselineYear !== null && co2Goal.targetYear !== null
        ? { targetPct: co2Goal.targetPct, baselineYear: co2Goal.baselineYear, targetYear: co2Goal.targetYear, scope: co2Goal.scope, status: co2Goal.result.status, projectedChange: co2Goal.result.projectedChange }
        : null,
    },
    scan: extra.scan,
    measures: p.measures.map((m) => ({ title: extra.measureTitle(m.measure), startDate: m.startDate })),
  };
}
