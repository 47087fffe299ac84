import type { ScanResult } from '../scan/scan-result.js';
import type { CampaignResult } from '../campaign/campaign-results.js';
import { allianceCampaignSection } from './campaign-section.js';
import { allianceTotals } from '../track/alliance-totals.js';
import { formatDate, formatValue } from './format-value.js';
import type { Cell, Chart, GoalLine, KeyFigure, Lang, ReportModel, Section } from './report-model.js';
import { reportLabels } from './report-labels.js';
import { text, type ReportTexts } from './report-texts.js';
import { dataQualityTable, settingsTable } from './scan-figures.js';
import { tableSection } from './table-section.js';
import { allianceFileBase } from './report-file-base.js';

/** One member as the alliance report sees it (aggregates only). */
export interface AllianceMember {
  id: string;
  name: string;
  /** Whether the member lets the alliance show its own figures; else it counts in totals only. */
  shares: boolean;
  employees: number;
  avoidancesPerDay: number;
  baselinePerDay: number;
  co2Kg: number;
  /** Label of the period the avoidances come from. */
  period: string | null;
  scan: ScanResult | null;
  /** Avoidances per working day by period, oldest first (for what came after a measure). */
  periods: { label: string; from: string; to: string; avoidedPerDay: number | null }[];
  measures: { title: string; startDate: string }[];
}

export interface AllianceReportInput {
  lang: Lang;
  texts: ReportTexts;
  generatedOn: string;
  version: string;
  alliance: { name: string };
  peakGoal: { targetPct: number } | null;
  members: AllianceMember[];
  attributions: string[];
  suppressionThreshold: number;
  /** Campaigns with their results; members who do not share stay out of sight (campaign-section.ts). */
  campaigns?: readonly CampaignResult[];
}

/** Adds two records of counts field by field (nested records too). */
function sumCounts<T>(a: T, b: T): T {
  if (typeof a === 'number' && typeof b === 'number') return (a + b) as T;
  if (a && b && typeof a === 'object') {
    return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, sumCounts(v, (b as Record<string, unknown>)[k] ?? 0)])) as T;
  }
  return a;
}

/** Car share among employees living within 7.5 km (bands below 7.5 km), null without a scan. */
function carShareWithin7(scan: ScanResult | null): number | null {
  if (!scan) return null;
  let all = 0;
  let car = 0;
  for (const c of scan.overall.byBandMode) {
    if (c.band !== '0-2.5' && c.band !== '2.5-7.5') continue;
    all += c.employees ?? 0;
    if (c.mode === 'auto') car += c.employees ?? 0;
  }
  return all > 0 ? car / all : null;
}

function memberSections(input: AllianceReportInput, t: ReportTexts): Section[] {
  const totals = allianceTotals(input.members.map((m) => ({ id: m.id, avoidancesPerDay: m.avoidancesPerDay, baselinePerDay: m.baselinePerDay, co2Kg: m.co2Kg, employees: m.employees })));
  const named = totals.members.map((m, i) => ({ ...m, member: input.members[i]! })).filter((m) => m.member.shares);
  const others = totals.members.filter((_, i) => !input.members[i]!.shares);
  const row = (name: string, m: { employees: number; avoidancesPerDay: number; shareOfAvoidances: number | null; ownShare: number | null; co2Kg: number; shareOfCo2: number | null }): Cell[] => [
    name, m.employees, m.avoidancesPerDay, m.shareOfAvoidances, m.ownShare, m.co2Kg / 1000, m.shareOfCo2,
  ];
  const rows = named.map((m) => row(m.member.name, m));
  if (others.length >= 2) {
    // several members who do not share: one unnamed row; a single one stays inside the totals only
    const sum = (f: (x: (typeof others)[number]) => number): number => others.reduce((s, x) => s + f(x), 0);
    const baseline = sum((x) => x.baselinePerDay);
    rows.push(row(text(t, 'anonymousMember', { n: others.length }), {
      employees: sum((x) => x.employees), avoidancesPerDay: sum((x) => x.avoidancesPerDay), shareOfAvoidances: sum((x) => x.shareOfAvoidances ?? 0),
      ownShare: baseline > 0 ? sum((x) => x.avoidancesPerDay) / baseline : null, co2Kg: sum((x) => x.co2Kg), shareOfCo2: sum((x) => x.shareOfCo2 ?? 0),
    }));
  }
  const all = totals.totals;
  const benchmark = named.map((m) => [
    m.member.name,
    carShareWithin7(m.member.scan),
    m.employees > 0 ? (m.avoidancesPerDay / m.employees) * 100 : null,
    m.employees > 0 ? m.co2Kg / m.employees : null,
  ]);
  const measures = named.flatMap((m) =>
    m.member.measures.map((x): Cell[] => {
      const before = m.member.periods.filter((p) => p.to < x.startDate && p.avoidedPerDay !== null).at(-1);
      const now = m.member.periods.filter((p) => p.avoidedPerDay !== null).at(-1);
      return [m.member.name, x.title, x.startDate, before?.avoidedPerDay ?? null, now?.avoidedPerDay ?? null];
    }),
  );
  return [
    tableSection('members', text(t, 'allianceSectionMembers'), [text(t, 'allianceSectionMembersIntro')], {
      columns: [
        { key: 'member', label: text(t, 'colMember'), format: 'text', width: 30 },
        { key: 'employees', label: text(t, 'colEmployees'), format: 'int' },
        { key: 'avoided', label: text(t, 'avoidancesPerDay'), format: 'decimal1', visual: 'dataBar' },
        { key: 'shareAvoided', label: text(t, 'colShareOfTotal'), format: 'pct' },
        { key: 'own', label: text(t, 'colShare'), format: 'pct' },
        { key: 'co2', label: text(t, 'colCo2Tonnes'), format: 'decimal1' },
        { key: 'shareCo2', label: text(t, 'colShareOfTotal'), format: 'pct' },
      ],
      rows,
      totals: [text(t, 'allMembers'), all.employees, all.avoidancesPerDay, all.avoidancesPerDay > 0 ? 1 : null, all.ownShare, all.co2Kg / 1000, all.co2Kg > 0 ? 1 : null],
    }),
    tableSection('benchmark', text(t, 'allianceSectionBenchmark'), [text(t, 'allianceSectionBenchmarkIntro')], {
      columns: [
        { key: 'member', label: text(t, 'colMember'), format: 'text', width: 30 },
        { key: 'carShare7', label: text(t, 'colCarShareUnder7'), format: 'pct', visual: 'dataBar' },
        { key: 'per100', label: text(t, 'colAvoidedPer100'), format: 'decimal1', visual: 'dataBar' },
        { key: 'co2PerEmployee', label: text(t, 'colCo2PerEmployee'), format: 'int' },
      ],
      rows: benchmark,
      totals: [text(t, 'allMembers'), null, all.employees > 0 ? (all.avoidancesPerDay / all.employees) * 100 : null, all.employees > 0 ? all.co2Kg / all.employees : null],
    }),
    tableSection('measures', text(t, 'allianceSectionMeasures'), [text(t, 'allianceSectionMeasuresIntro')], {
      columns: [
        { key: 'member', label: text(t, 'colMember'), format: 'text', width: 30 },
        { key: 'measure', label: text(t, 'colMeasure'), format: 'text', width: 40 },
        { key: 'start', label: text(t, 'colStart'), format: 'date' },
        { key: 'before', label: text(t, 'colAvoidedBefore'), format: 'decimal1' },
        { key: 'now', label: text(t, 'colAvoidedAfter'), format: 'decimal1' },
      ],
      rows: measures,
    }),
  ];
}

/** Builds the alliance report model: totals, each member's share, a benchmark, what worked where. */
export function buildAllianceReport(input: AllianceReportInput): ReportModel {
  const { texts: t, lang } = input;
  const totals = allianceTotals(input.members.map((m) => ({ id: m.id, avoidancesPerDay: m.avoidancesPerDay, baselinePerDay: m.baselinePerDay, co2Kg: m.co2Kg, employees: m.employees }))).totals;
  const sections = memberSections(input, t);
  const campaigns = allianceCampaignSection(input.campaigns ?? [], lang);
  if (campaigns) sections.push(campaigns);
  const shared = input.members.filter((m) => m.shares);
  const keyFigures: KeyFigure[] = [
    { label: text(t, 'kfMembers', { n: input.members.length }), value: input.members.length, format: 'int' },
    { label: text(t, 'kfEmployees'), value: totals.employees, format: 'int' },
    { label: text(t, 'avoidancesPerDay'), value: totals.avoidancesPerDay, format: 'int', note: totals.ownShare === null ? undefined : text(t, 'kfAvoidedNote', { share: formatValue(totals.ownShare, 'pct', lang) }) },
    { label: text(t, 'kfCo2'), value: totals.co2Kg / 1000, format: 'decimal1' },
  ];
  const goals: GoalLine[] = [];
  if (input.peakGoal && totals.ownShare !== null) {
    const met = totals.ownShare * 100 >= input.peakGoal.targetPct - 1e-7;
    const status = met ? 'met' : 'behind';
    goals.push({
      label: text(t, 'goalPeak'),
      target: text(t, 'goalPeakTarget', { pct: formatValue(input.peakGoal.targetPct / 100, 'pct', lang) }),
      status,
      statusText: text(t, `status_${status}`),
      phrase: `${formatValue(totals.avoidancesPerDay, 'int', lang)} / ${formatValue(totals.baselinePerDay, 'int', lang)} (${formatValue(totals.ownShare, 'pct', lang)})`,
    });
  }
  const charts: Chart[] = shared.length > 0
    ? [{
        id: 'members-avoided',
        title: text(t, 'avoidancesPerDay'),
        kind: 'bar',
        categories: shared.map((m) => m.name),
        series: [{ name: text(t, 'seriesAvoided'), values: shared.map((m) => m.avoidancesPerDay) }],
        yLabel: text(t, 'axisPerDay'),
        yFormat: 'decimal1',
      }]
    : [];
  const scans = input.members.flatMap((m) => (m.scan ? [m.scan] : []));
  const firstScan = scans[0] ?? null;
  // data quality over all members' latest scans: every count summed
  const quality = firstScan ? { ...firstScan, dataQuality: scans.map((x) => x.dataQuality).reduce(sumCounts) } : null;
  return {
    schema: 'mobiscan/report@1',
    lang,
    kind: 'alliance',
    fileBase: allianceFileBase(input.generatedOn, lang),
    title: text(t, 'allianceTitle', { alliance: input.alliance.name }),
    subtitle: text(t, 'allianceSubtitle', { members: input.members.length, employees: formatValue(totals.employees, 'int', lang) }),
    generatedOn: input.generatedOn,
    labels: reportLabels(t, { threshold: input.suppressionThreshold, generatedBy: text(t, 'generatedBy', { version: input.version, date: formatDate(input.generatedOn, lang) }) }),
    keyFigures,
    goals,
    charts,
    map: null,
    advice: [],
    sections,
    method: {
      intro: [text(t, 'methodIntro')],
      settings: firstScan ? settingsTable(firstScan, t, lang) : { id: 'settings', title: text(t, 'methodSettings'), columns: [], rows: [] },
      dataQuality: quality ? dataQualityTable(quality, t) : { id: 'data-quality', title: text(t, 'methodDataQuality'), columns: [], rows: [] },
      attributions: input.attributions,
      notes: firstScan?.method.notes ?? [],
    },
  };
}
