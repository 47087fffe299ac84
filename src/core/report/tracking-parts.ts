import type { Co2Progress } from '../track/co2-progress.js';
import type { PeakProgress } from '../track/peak-progress.js';
import type { WpmCommuting } from '../track/wpm-commuting.js';
import { wpmNoteMessages } from '../track/wpm-note-messages.js';
import { renderText, type Text } from '../i18n/index.js';
import { trackNoteMessages } from '../track/track-note-messages.js';
import type { Chart, GoalLine, Lang, Section } from './report-model.js';
import { text, type ReportTexts } from './report-texts.js';
import { formatDate, formatValue } from './format-value.js';
import { tableSection } from './table-section.js';
import { formatPeriod } from '../format/format-period.js';

/** The report's own words (no command) for each tracking note, by its key in trackNoteMessages. */
const PEAK_NOTES: Readonly<Record<string, string>> = {
  noBaseline: 'peakNoteNoBaseline',
  fewBaselineDays: 'peakNoteBaselineThin',
  flaggedLeftOut: 'peakNoteFlagged',
  noHeadcount: 'peakNoteHeadcount',
};
const CO2_MISSING: Readonly<Record<string, string>> = { noBaselineCo2: 'co2MissingBaseline', co2GoalYears: 'co2MissingYears', noCo2Goal: 'co2MissingGoal' };
const CO2_NOTES: Readonly<Record<string, string>> = { mixedBasis: 'co2NoteMixedBasis' };

/** A tracking note in the report's words, with its figures; null for a note the report does not say. */
function reportNote(note: Text, keys: Readonly<Record<string, string>>, t: ReportTexts): string | null {
  const key = note.catalogue === trackNoteMessages ? keys[note.key] : undefined;
  if (key === undefined) return null;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(note.values)) if (typeof value === 'string' || typeof value === 'number') values[name] = value;
  return text(t, key, values);
}

/**
 * The tracking notes in the report's language. The terminal's notes name a command; a report
 * says the same in plain words, never a command.
 */
export function peakNotes(peak: PeakProgress, t: ReportTexts): string[] {
  return peak.notes.flatMap((note) => reportNote(note, PEAK_NOTES, t) ?? []);
}

/** What keeps the CO2 goal from being judged, in plain words (null when nothing does). */
export function co2Missing(co2: Co2Progress, t: ReportTexts): string | null {
  if (co2.missing === null) return null;
  return reportNote(co2.missing, CO2_MISSING, t) ?? text(t, 'co2MissingGoal');
}

/** The CO2 notes in plain words. */
export function co2Notes(co2: Co2Progress, t: ReportTexts): string[] {
  return co2.notes.flatMap((note) => reportNote(note, CO2_NOTES, t) ?? []);
}

const pct = (share: number, lang: Lang): string => formatValue(share, 'pct', lang).replace(/,0%|\.0%/, '%');

/** The peak-avoidance section: one row per period. */
export function peakSection(peak: PeakProgress, t: ReportTexts, lang: Lang, measureTitle: (id: string) => string = (id) => id): Section {
  return tableSection('peak', text(t, 'sectionPeak'), [text(t, 'sectionPeakIntro'), ...peakNotes(peak, t)], {
    id: 'peak-periods',
    columns: [
      { key: 'period', label: text(t, 'colPeriod'), format: 'text', width: 14 },
      { key: 'workingDays', label: text(t, 'colWorkingDays'), format: 'int' },
      { key: 'days', label: text(t, 'colDaysWithData'), format: 'int' },
      { key: 'morning', label: text(t, 'colMorning'), format: 'count' },
      { key: 'evening', label: text(t, 'colEvening'), format: 'count' },
      { key: 'total', label: text(t, 'colTotal'), format: 'count' },
      { key: 'avoided', label: text(t, 'colAvoided'), format: 'count', visual: 'dataBar' },
      { key: 'share', label: text(t, 'colShare'), format: 'pct' },
      // per head and the measures started stay in the workbook: eleven columns do not fit a PDF page
      { key: 'sharePerHead', label: text(t, 'colSharePerHead'), format: 'pct', excelOnly: true },
      { key: 'measures', label: text(t, 'colMeasures'), format: 'text', width: 30, excelOnly: true },
      { key: 'flag', label: text(t, 'colFlag'), format: 'text', width: 20 },
    ],
    rows: peak.periods.map((p) => [
      formatPeriod(p.label, lang),
      p.workingDays,
      p.daysWithData,
      p.morningPerDay,
      p.eveningPerDay,
      p.totalPerDay,
      p.avoidedPerDay,
      p.share,
      p.sharePerHead,
      p.measuresStarted.map(measureTitle).join(', '),
      [
        p.inBaseline ? text(t, 'baselinePeriod') : '',
        p.flagged ? text(t, 'tooFewDays') : !p.inBaseline && p.provisional && p.daysWithData > 0 ? text(t, 'provisionalPeriod') : '',
      ].filter(Boolean).join('; '),
    ]),
  });
}

/** Avoidances over time against the goal line, with the start of each measure marked in its period. */
export function peakChart(peak: PeakProgress, t: ReportTexts, lang: Lang, measureTitle: (id: string) => string = (id) => id): Chart | null {
  const periods = peak.periods.filter((p) => !p.inBaseline);
  const markers = periods.flatMap((p, index) => (p.measuresStarted.length > 0 ? [{ index, label: p.measuresStarted.map(measureTitle).join(', ') }] : []));
  if (periods.length === 0 || !peak.baseline) return null;
  const goal = peak.goal;
  const goalPerDay = goal ? (peak.baseline.totalPerDay * goal.targetPct) / 100 : null;
  return {
    id: 'peak-over-time',
    title: text(t, 'chartPeak'),
    kind: 'line',
    categories: periods.map((p) => formatPeriod(p.label, lang)),
    xLabel: text(t, 'colPeriod'),
    series: [
      { name: text(t, 'seriesAvoided'), values: periods.map((p) => p.avoidedPerDay) },
      ...(goalPerDay !== null && goal ? [{ name: text(t, 'seriesGoal', { pct: pct(goal.targetPct / 100, lang) }), values: periods.map(() => goalPerDay), role: 'goal' as const }] : []),
    ],
    yLabel: text(t, 'axisPerDay'),
    yFormat: 'count',
    ...(markers.length > 0 ? { markers } : {}),
  };
}

/** The CO2-per-year table against the trajectory. */
export function co2YearsSection(co2: Co2Progress, t: ReportTexts): Section {
  const line = new Map(co2.goal?.result.years.map((y) => [y.year, y.trajectoryCo2Kg]) ?? []);
  return tableSection('co2-years', text(t, 'sectionCo2Years'), [...(co2.missing ? [co2Missing(co2, t)!] : []), ...co2Notes(co2, t)], {
    columns: [
      { key: 'year', label: text(t, 'colYear'), format: 'year', width: 8 },
      { key: 'co2', label: text(t, 'colCo2Tonnes'), format: 'decimal1', visual: 'dataBar' },
      { key: 'line', label: text(t, 'colTrajectory'), format: 'decimal1' },
      { key: 'source', label: text(t, 'colSource'), format: 'text' },
    ],
    rows: co2.years.map((y) => [y.year, y.co2Kg / 1000, line.has(y.year) ? (line.get(y.year)! ?? 0) / 1000 : null, text(t, `co2Source_${y.source}`, { basis: y.basis.toUpperCase() })]),
  });
}

/** Measured CO2 against its straight trajectory to the goal. */
export function co2Chart(co2: Co2Progress, t: ReportTexts, lang: Lang): Chart | null {
  const goal = co2.goal;
  if (!goal || goal.baselineYear === null || goal.targetYear === null) return null;
  const years: number[] = [];
  for (let y = goal.baselineYear; y <= goal.targetYear; y++) years.push(y);
  const measured = new Map(co2.years.map((y) => [y.year, y.co2Kg / 1000]));
  const line = new Map(goal.result.years.map((y) => [y.year, y.trajectoryCo2Kg]));
  const base = co2.years.find((y) => y.year === goal.baselineYear)?.co2Kg ?? 0;
  const trajectory = years.map((y) => {
    const onLine = line.get(y);
    if (onLine !== undefined && onLine !== null) return onLine / 1000;
    const f = (y - goal.baselineYear!) / (goal.targetYear! - goal.baselineYear!);
    return (base * (1 - (f * goal.targetPct) / 100)) / 1000;
  });
  return {
    id: 'co2-trajectory',
    title: text(t, 'chartCo2'),
    kind: 'line',
    categories: years.map(String),
    xLabel: text(t, 'colYear'),
    series: [
      { name: text(t, 'seriesMeasured'), values: years.map((y) => measured.get(y) ?? null) },
      { name: text(t, 'seriesTrajectory', { pct: pct(-goal.targetPct / 100, lang) }), values: trajectory, role: 'trajectory' },
    ],
    yLabel: text(t, 'axisTonnes'),
    yFormat: 'decimal1',
  };
}

/** The WPM notes in the report's language: the table's own sentences, whose figures travel as values. */
function wpmNotes(wpm: WpmCommuting, t: ReportTexts, lang: Lang): string[] {
  const assumed = (key: string): boolean => wpm.assumptions.some((a) => a.catalogue === wpmNoteMessages && a.key === key);
  // Who counts, when the export could not say: right after the sentence that says who should count.
  const scope = assumed('scopeEveryone') ? [text(t, 'wpmScopeEveryone')] : assumed('scopeOldScan') ? [text(t, 'wpmScopeOldScan')] : [];
  const notes = wpm.notes.flatMap((n) => [renderText(n, lang), ...(n.catalogue === wpmNoteMessages && n.key === 'scope' ? scope : [])]);
  return [...notes, ...(assumed('carpool') ? [text(t, 'wpmCarpool')] : [])];
}

/** The WPM commuting table with its notes in plain words. */
export function wpmSection(wpm: WpmCommuting, t: ReportTexts, lang: Lang): Section {
  return tableSection('wpm', text(t, 'sectionWpm'), [text(t, 'sectionWpmIntro'), ...wpmNotes(wpm, t, lang)], {
    title: `${text(t, 'sectionWpm')} ${wpm.year}`,
    columns: [
      { key: 'category', label: text(t, 'colCategory'), format: 'text', width: 40 },
      { key: 'km', label: text(t, 'colKm'), format: 'int' },
      { key: 'co2', label: text(t, 'colCo2TtwKg'), format: 'int' },
    ],
    rows: wpm.rows.map((r) => [lang === 'nl' ? r.labelNl : r.labelEn, r.km, r.co2TtwKg]),
    totals: [text(t, 'colTotal'), wpm.totalKm, wpm.totalCo2TtwKg],
  });
}

/** The goal lines of the key-figures page. */
export function goalLines(peak: PeakProgress | null, co2: Co2Progress | null, t: ReportTexts, lang: Lang): GoalLine[] {
  const lines: GoalLine[] = [];
  const pg = peak?.goal;
  if (pg) {
    lines.push({
      label: text(t, 'goalPeak'),
      target: text(t, 'goalPeakTarget', { pct: pct(pg.targetPct / 100, lang) }),
      status: pg.result.status,
      statusText: text(t, `status_${pg.result.status}`),
      phrase: peakPhrase(peak!, t, lang),
    });
  }
  const cg = co2?.goal;
  if (cg) {
    lines.push({
      label: text(t, 'goalCo2'),
      target: text(t, 'goalCo2Target', { pct: pct(-cg.targetPct / 100, lang), target: cg.targetYear ?? '', baseline: cg.baselineYear ?? '' }),
      status: cg.result.status,
      statusText: text(t, `status_${cg.result.status}`),
      phrase: co2Phrase(co2!, t, lang),
    });
  } else if (co2?.missing) {
    lines.push({ label: text(t, 'goalCo2'), target: text(t, 'goalNone'), status: 'no-data', statusText: text(t, 'status_no-data'), phrase: co2Missing(co2, t)! });
  }
  return lines;
}

/** The peak goal in one sentence, in the report's language, from the figures themselves. */
function peakPhrase(peak: PeakProgress, t: ReportTexts, lang: Lang): string {
  const goal = peak.goal!;
  // the period the status rests on (a provisional latest period cannot make the goal met)
  const judged = peak.periods.filter((p) => !p.inBaseline && p.flagged === null && p.avoidedPerDay !== null);
  const latest = judged.find((p) => p.label === goal.result.latestLabel) ?? judged.at(-1);
  if (!latest || !peak.baseline) return text(t, 'phrasePeakNoData');
  const parts = [
    text(t, 'phrasePeakLatest', {
      period: formatPeriod(latest.label, lang),
      avoided: formatValue(latest.avoidedPerDay, 'int', lang),
      baseline: formatValue(peak.baseline.totalPerDay, 'int', lang),
      share: formatValue(latest.share, 'pct', lang),
      target: pct(goal.targetPct / 100, lang),
    }),
  ];
  const provisional = goal.result.provisional;
  if (provisional) {
    parts.push(text(t, provisional.reachesTarget && goal.result.status !== 'met' ? 'phrasePeakProvisionalReached' : 'phrasePeakProvisional', {
      period: formatPeriod(provisional.label, lang),
      days: provisional.daysWithData,
      workingDays: provisional.workingDays,
      min: pct(provisional.minMeasuredShare, lang),
    }));
  }
  const projected = goal.result.projectedShare;
  if (goal.result.status !== 'met' && projected !== null && goal.targetDate) {
    parts.push(text(t, 'phrasePeakProjection', { projected: formatValue(projected, 'pct', lang), date: formatDate(goal.targetDate, lang) }));
  }
  return parts.join(' ');
}

/** The CO2 goal in one sentence, in the report's language. */
function co2Phrase(co2: Co2Progress, t: ReportTexts, lang: Lang): string {
  const goal = co2.goal!;
  const base = co2.years.find((y) => y.year === goal.baselineYear);
  const last = co2.years.at(-1);
  if (!base || !last) return co2Missing(co2, t) ?? '';
  const change = (last.co2Kg - base.co2Kg) / base.co2Kg;
  const signed = (share: number): string => `${share > 0 ? '+' : ''}${formatValue(share, 'pct', lang)}`;
  const parts = [
    text(t, 'phraseCo2Latest', {
      year: last.year,
      co2: formatValue(last.co2Kg / 1000, 'decimal1', lang),
      change: signed(change),
      baseline: goal.baselineYear ?? '',
      target: pct(-goal.targetPct / 100, lang),
      targetYear: goal.targetYear ?? '',
    }),
  ];
  if (goal.result.projectedChange !== null) parts.push(text(t, 'phraseCo2Projection', { projected: signed(goal.result.projectedChange), targetYear: goal.targetYear ?? '' }));
  return parts.join(' ');
}
