import type { Co2Progress } from '../track/co2-progress.js';
import type { PeakProgress } from '../track/peak-progress.js';
import type { ScanResult } from '../scan/scan-result.js';
import { formatValue } from './format-value.js';
import type { AdviceItem, GoalLine, Lang, SummaryModel, Table } from './report-model.js';
import { text, type ReportTexts } from './report-texts.js';

import { latestCompletePeriod } from './latest-complete-period.js';
import { formatPeriod } from '../format/format-period.js';

/** The combined effect of the top measures, applied one after another (a switcher counts once). */
export interface PackageEffect {
  avoidancesPerDay: number;
  co2TonnesPerYear: number;
  participants?: number;
}

/** What the summary page is made of. */
export interface SummaryInput {
  t: ReportTexts;
  lang: Lang;
  result: ScanResult;
  peak: PeakProgress | null;
  co2: Co2Progress | null;
  goals: GoalLine[];
  advice: AdviceItem[];
  /** The package effect of the advice, when the advice engine gives one; else no combined row. */
  packageEffect: PackageEffect | null;
}

const TOP = 3;

/** Where the member stands against its goals, in one or two sentences. */
function standing(input: SummaryInput): string {
  const { t, lang, peak } = input;
  const latest = latestCompletePeriod(peak);
  const n = (v: number | null, f: 'count' | 'pct' = 'count'): string => formatValue(v, f, lang);
  if (!peak?.baseline) return text(t, 'sumNoBaseline');
  if (!latest) return text(t, 'sumNoPeriod');
  const goal = peak.goal;
  const sentence = text(t, 'sumStanding', { period: formatPeriod(latest.label, lang), avoided: n(latest.avoidedPerDay), baseline: n(peak.baseline.totalPerDay), share: n(latest.share, 'pct') });
  if (!goal) return `${sentence} ${text(t, 'sumNoPeakGoal')}`;
  return `${sentence} ${text(t, `sumGoal_${goal.result.status}`, { target: n(goal.targetPct / 100, 'pct') })}`;
}

/** The top measures with their effect; the combined effect as the totals row when it is known. */
function actionsTable(input: SummaryInput): Table | null {
  const { t } = input;
  const top = [...input.advice].sort((a, b) => a.rank - b.rank).slice(0, TOP);
  if (top.length === 0) return null;
  // the combined row has no rank: an empty cell, not a dash that would ask for an explanation
  const p = input.packageEffect;
  return {
    id: 'summary-actions',
    title: text(t, 'sumActions', { n: top.length }),
    columns: [
      { key: 'rank', label: text(t, 'rank'), format: 'int', width: 5 },
      { key: 'measure', label: text(t, 'measure'), format: 'text', width: 40 },
      { key: 'participants', label: text(t, 'participants'), format: 'count', width: 13 },
      { key: 'avoided', label: text(t, 'avoidancesPerDay'), format: 'count', width: 15 },
      { key: 'co2', label: text(t, 'co2TonnesPerYear'), format: 'decimal1', width: 14 },
    ],
    rows: top.map((a) => [a.rank, a.title, a.participants, a.avoidancesPerDay, a.co2TonnesPerYear]),
    ...(p ? { totals: ['', text(t, 'sumCombined'), p.participants ?? null, p.avoidancesPerDay, p.co2TonnesPerYear] } : {}),
    note: text(t, p ? 'sumCombinedNote' : 'sumNotAdditive'),
  };
}

/** The scan's estimate beside the count, where both exist. */
function comparison(input: SummaryInput): { table: Table; note: string } | null {
  const { t, peak, result } = input;
  const baseline = peak?.baseline;
  if (!baseline) return null;
  const estimated = result.overall.peak.carTripsPerDay.total;
  const latest = latestCompletePeriod(peak);
  const table: Table = {
    id: 'summary-estimate-count',
    title: text(t, 'sumCompare'),
    columns: [
      { key: 'what', label: text(t, 'colWhat'), format: 'text', width: 40 },
      { key: 'estimated', label: text(t, 'sumEstimated'), format: 'count', width: 16 },
      { key: 'measured', label: text(t, 'sumMeasured'), format: 'count', width: 16 },
    ],
    rows: [
      [text(t, 'sumPeakTrips'), estimated, baseline.totalPerDay],
      [text(t, 'sumAvoided'), result.overall.peak.avoidedCarTripsPerDay.total, latest?.avoidedPerDay ?? null],
    ],
    ...(latest ? {} : { note: text(t, 'sumDashNote') }),
  };
  const note = text(t, estimated < baseline.totalPerDay ? 'sumWhyCountHigher' : 'sumWhyCountLower');
  return { table, note };
}

/** The next step for the advisor and the member, from what is missing or behind. */
function nextStep(input: SummaryInput): string {
  const { t, peak, co2, advice } = input;
  const top = [...advice].sort((a, b) => a.rank - b.rank)[0];
  if (!peak?.baseline) return text(t, 'nextBaseline');
  if (!peak.goal) return text(t, 'nextPeakGoal');
  if (!co2?.goal) return text(t, 'nextCo2Goal');
  if (!top) return text(t, 'nextKeepCounting');
  const behind = peak.goal.result.status === 'behind' || co2.goal.result.status === 'behind';
  return text(t, behind ? 'nextStartTop' : 'nextKeepAndWiden', { measure: top.title });
}

/** The first content page: where the member stands, the biggest lever, the top actions and the next step. */
export function buildSummary(input: SummaryInput): SummaryModel {
  const { t, lang } = input;
  const top = [...input.advice].sort((a, b) => a.rank - b.rank)[0];
  const points = [{ label: text(t, 'sumWhere'), text: standing(input) }];
  const co2Goal = input.goals.find((g) => g.label === text(t, 'goalCo2'));
  if (co2Goal) points.push({ label: text(t, 'goalCo2'), text: co2Goal.phrase });
  if (top) {
    points.push({
      label: text(t, 'sumLever'),
      text: text(t, 'sumLeverText', {
        measure: top.title,
        group: formatValue(top.groupSize, 'count', lang),
        groupLabel: top.groupLabel,
        avoided: formatValue(top.avoidancesPerDay, 'count', lang),
        co2: formatValue(top.co2TonnesPerYear, 'decimal1', lang),
      }),
    });
  }
  points.push({ label: text(t, 'sumNext'), text: nextStep(input) });
  const compared = comparison(input);
  return { title: text(t, 'summary'), points, actions: actionsTable(input), comparison: compared?.table ?? null, comparisonNote: compared?.note ?? null };
}
