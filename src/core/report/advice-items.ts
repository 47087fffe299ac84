import type { AdviceResult } from '../advice/advise-company.js';
import type { AdviceItem, AdvicePackageItem, RunningMeasureItem } from './report-model.js';

/** The advice of the engine as report items, already in the report's language (group labels and sources from the catalogue). */
export function adviceItems(advice: AdviceResult): AdviceItem[] {
  return advice.measures.map((m) => ({
    rank: m.rank,
    id: m.id,
    title: m.title,
    summary: m.summary,
    explanation: m.explanation,
    groupLabel: m.groupLabel,
    groupSize: m.sized.group.count,
    participants: m.sized.participants,
    avoidancesPerDay: m.sized.avoidancesPerDay,
    co2TonnesPerYear: m.sized.co2TonnesPerYear,
    ...(m.sized.oneOff && { oneOff: { workingDays: m.sized.oneOff.workingDays, avoidancesPerDayDuring: m.sized.oneOff.avoidancesPerDayDuring, avoidancesDuring: m.sized.oneOff.avoidancesDuring } }),
    shareOfPeakGap: m.sized.shareOfPeakGap,
    shareOfCo2Gap: m.sized.shareOfCo2Gap,
    evidence: m.sized.evidence,
    ...(m.warning ? { evidenceWarning: m.warning } : {}),
    cost: m.cost.euros,
    source: m.sources.join('; '),
  }));
}

/** The measures the company already runs, for the advice page. */
export function runningItems(advice: AdviceResult): RunningMeasureItem[] {
  return advice.running.map((r) => ({ title: r.title, startDate: r.startDate, text: r.text }));
}

/** The combined effect of the top measures, shown beside the list (never the list added up). */
export function packageItem(advice: AdviceResult): AdvicePackageItem | null {
  const p = advice.package;
  if (!p) return null;
  return { titles: p.titles, participants: p.participants, avoidancesPerDay: p.avoidancesPerDay, co2TonnesPerYear: p.co2TonnesPerYear, shareOfPeakTrips: p.shareOfPeakTrips, text: p.text };
}
