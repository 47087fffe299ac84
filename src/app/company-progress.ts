import type { Workspace } from '../adapters/store/workspace.js';
import { type Co2Progress, type Co2YearSource, co2Progress, co2Years } from '../core/track/co2-progress.js';
import { type PeakProgress, headcountOn, peakProgress } from '../core/track/peak-progress.js';
import type { PeriodUnit } from '../core/track/period-ranges.js';
import type { Company, Goal, GoalKind } from '../core/workspace/types.js';
import type { MeasureRecord } from '../adapters/store/tracking-types.js';
import { scanFigures } from './scan-figures.js';

/** One company's tracking: peak trips and CO2 against its goals, and its measures. */
export interface CompanyProgress {
  company: Pick<Company, 'id' | 'name' | 'headcount' | 'sharesWithAlliance'>;
  peak: PeakProgress;
  co2: Co2Progress;
  measures: MeasureRecord[];
  /** Employees: the company's headcount, else the latest scan's. */
  employees: number | null;
}

/** The company's own goal of a kind, else the alliance's, with whose it is. */
function goalOf(ws: Workspace, companyId: string, kind: GoalKind): (Goal & { scope: 'company' | 'alliance' }) | undefined {
  const own = ws.goals.list({ companyId }).find((g) => g.kind === kind);
  if (own) return { ...own, scope: 'company' };
  const alliance = ws.goals.list({ companyId: null }).find((g) => g.kind === kind);
  return alliance ? { ...alliance, scope: 'alliance' } : undefined;
}

/** Reads everything tracking keeps for one company and builds its progress. */
export function companyProgress(ws: Workspace, companyId: string, unit: PeriodUnit): CompanyProgress {
  const company = ws.companies.require(companyId, '--company');
  const stored = ws.tracking.baseline(companyId);
  const headcounts = ws.tracking.headcounts(companyId);
  const measures = ws.measures.list(companyId);
  const baselineHeadcount = stored
    ? stored.headcount ?? (stored.source === 'measured' ? headcountOn(headcounts, stored.to) : null) ?? company.headcount
    : null;
  const peakGoal = goalOf(ws, companyId, 'peak-avoidance');
  const peak = peakProgress({
    counts: ws.tracking.dailyCounts(companyId),
    registrations: ws.tracking.registrations(companyId),
    baseline: stored ? { ...stored, headcount: baselineHeadcount } : undefined,
    headcounts,
    defaultHeadcount: company.headcount,
    goal: peakGoal && { targetPct: peakGoal.targetPct, targetYear: peakGoal.targetYear, basis: peakGoal.basis, scope: peakGoal.scope },
    measures,
    unit,
  });
  const scans = ws.scans.list(companyId).map(scanFigures).filter((s) => s !== null);
  // scans come newest first; walking them oldest first lets a year's latest scan win
  const scanYears = [...new Map([...scans].reverse().map((s) => [s.year, s])).values()].map(
    (s): Co2YearSource => ({ year: s.year, co2Kg: s.co2KgPerYear, source: 'scan', basis: s.co2Basis }),
  );
  const typedYears = ws.tracking.co2Years(companyId).map((y): Co2YearSource => ({ year: y.year, co2Kg: y.co2Kg, source: 'typed', basis: y.basis }));
  const co2Goal = goalOf(ws, companyId, 'co2-reduction');
  const co2 = co2Progress(
    co2Years(scanYears, typedYears),
    co2Goal && { targetPct: co2Goal.targetPct, baselineYear: co2Goal.baselineYear, targetYear: co2Goal.targetYear, scope: co2Goal.scope },
  );
  const employees = company.headcount ?? scans[0]?.employees ?? null;
  return { company: { id: company.id, name: company.name, headcount: company.headcount, sharesWithAlliance: company.sharesWithAlliance }, peak, co2, measures, employees };
}
