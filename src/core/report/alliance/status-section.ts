import { formatValue } from '../format-value.js';
import { MIN_MEASURED_SHARE } from '../../track/summarise-period.js';
import type { Cell, Lang, Section } from '../report-model.js';
import { tableSection } from '../table-section.js';
import type { AllianceDisclosure } from './alliance-disclosure.js';
import type { AllianceMember } from './alliance-input.js';
import type { AllianceText } from './alliance-messages.js';
import { memberFigures, missingReason, ratio } from './member-figures.js';
import type { AllianceDashText } from './alliance-dash-messages.js';
import { dashNote } from '../dash-note.js';
import { formatPeriod } from '../../format/format-period.js';

/** "10% in 2026", marked when it is the alliance's goal rather than the member's own. */
function peakGoalText(m: AllianceMember, t: AllianceText, lang: Lang): string | null {
  const goal = m.peak?.goal;
  if (!goal) return null;
  const pct = formatValue(goal.targetPct / 100, 'pct', lang);
  const text = goal.targetYear === null ? t('goalPct', { pct }) : t('goalPctYear', { pct, year: String(goal.targetYear) });
  return goal.scope === 'alliance' ? t('allianceGoalSuffix', { goal: text }) : text;
}

function co2GoalText(m: AllianceMember, t: AllianceText, lang: Lang): string | null {
  const goal = m.co2.goal;
  if (!goal) return null;
  const text = t('goalCo2Short', { pct: formatValue(goal.targetPct / 100, 'pct', lang), target: String(goal.targetYear), base: String(goal.baselineYear) });
  return goal.scope === 'alliance' ? t('allianceGoalSuffix', { goal: text }) : text;
}

/** The CO2 of the latest year against the goal's base year (-0.2 for 20% less), null without both. */
function co2Change(m: AllianceMember): number | null {
  const goal = m.co2.goal;
  if (!goal) return null;
  const base = m.co2.years.find((y) => y.year === goal.baselineYear);
  const latest = m.co2.years.filter((y) => y.year > goal.baselineYear).at(-1);
  return base && latest && base.co2Kg > 0 ? latest.co2Kg / base.co2Kg - 1 : null;
}

/** Each named member against its own goals; the non-sharing members are left out, and said so. */
export function statusSection(d: AllianceDisclosure, t: AllianceText, lang: Lang, dt: AllianceDashText): Section {
  const rows = d.named.map((m): Cell[] => {
    const f = memberFigures(m);
    // without a complete period, the latest provisional one, marked: as in the member's own report
    const provisional = f.period === null ? m.peak?.provisional ?? null : null;
    return [
      m.name,
      peakGoalText(m, t, lang),
      provisional ? ratio(provisional.avoidedPerDay, m.peak!.baselinePerDay) : ratio(f.avoidedPerDay, f.baselinePerDay),
      provisional
        ? t('periodProvisional', { period: formatPeriod(provisional.label, lang), days: provisional.daysWithData, workingDays: provisional.workingDays })
        : f.period === null ? null : formatPeriod(f.period, lang),
      m.peak?.goal ? m.peak.goal.status : 'no-data',
      co2GoalText(m, t, lang),
      co2Change(m),
      m.co2.goal ? m.co2.goal.status : null,
    ];
  });
  const intro = [d.named.length > 0 ? t('statusIntro') : t('statusNone')];
  if (d.others.length > 0 && d.named.length > 0) intro.push(t('statusIntroOthers', { n: d.others.length }));
  if (d.named.some((m) => memberFigures(m).period === null && m.peak?.provisional)) intro.push(t('statusProvisional', { min: formatValue(MIN_MEASURED_SHARE.value, 'pct', lang) }));
  // what each '–' means: no goal, no figure yet, or no CO2 over the base year
  const reasons = d.named.flatMap((m, r) => {
    const cells = rows[r]!;
    const peak = cells[2] === null ? [dt(missingReason(m, 'peak'))] : [];
    const goals = cells[1] === null || cells[5] === null ? [dt('noGoal')] : [];
    const co2 = m.co2.goal && cells[6] === null ? [dt('noCo2Base')] : [];
    return [...goals, ...peak, ...co2];
  });
  const note = dashNote((list) => dt('means', { reasons: list }), reasons);
  return tableSection('status', t('statusTitle'), intro, {
    ...(note && { note }),
    columns: [
      { key: 'member', label: t('colMember'), format: 'text', width: 20 },
      { key: 'peakGoal', label: t('colPeakGoal'), format: 'text', width: 11 },
      { key: 'peakReached', label: t('colPeakReached'), format: 'pct', width: 12 },
      { key: 'period', label: t('colPeriod'), format: 'text', width: 17 },
      { key: 'peakStatus', label: t('colPeakStatus'), format: 'text', visual: 'traffic', width: 13 },
      { key: 'co2Goal', label: t('colCo2Goal'), format: 'text', width: 17 },
      { key: 'co2Change', label: t('colCo2Change'), format: 'pct', width: 11 },
      { key: 'co2Status', label: t('colCo2Status'), format: 'text', visual: 'traffic', width: 13 },
    ],
    rows,
  });
}
